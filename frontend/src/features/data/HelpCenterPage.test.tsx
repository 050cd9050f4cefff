import { screen, within } from '@testing-library/react';
import { Navigate, Route, Routes } from 'react-router-dom';
import type { Article, ArticleSummary, HelpCenterTree } from '../../api/data';
import { integration } from '../../test/fixtures';
import { renderWithApp } from '../../test/render';
import { goError, stubGo } from '../../test/wails';
import { ArticlePage } from './ArticlePage';
import { NO_CONTENT_INTEGRATION, NOTHING_SYNCED } from './EmptyStates';
import { HelpCenterPage } from './HelpCenterPage';

const content = integration({ id: 'hc-1', name: 'Acme docs', capability: 'content_management' });
const helpdesk = integration({ id: 'hd-1', name: 'Acme support', capability: 'helpdesk' });

/** treeOf is a Help Center of one category (Getting started) with one section (Accounts) of articles. */
function treeOf(articles: ArticleSummary[]): HelpCenterTree {
  return {
    categories: [{ id: 1, name: 'Getting started', description: 'First steps', sections: [{ id: 11, name: 'Accounts', articles }] }],
  };
}

// Fixed dates are safe here and below: the screen only formats them.
const reset: ArticleSummary = { id: 101, title: 'Reset your password', locale: 'en-us', draft: false, updatedAt: '2026-11-01T10:00:00Z' };
const tree = treeOf([
  reset,
  { id: 102, title: 'Close your account', locale: 'en-us', draft: true, updatedAt: '2026-11-01T10:00:00Z' },
]);

const article: Article = {
  id: 101,
  title: 'Reset your password',
  bodyHtml:
    '<h2>Steps</h2><p onmouseover="window.__pwned=1">Click <a href="/hc/en-us/articles/102">Forgot password</a>.</p><script>window.__pwned=2</script><iframe src="https://evil.test"></iframe>',
  locale: 'en-us',
  sectionName: 'Accounts',
  categoryName: 'Getting started',
  authorName: 'Dana Writer',
  labelNames: ['password'],
  updatedAt: '2026-11-01T10:00:00Z',
  htmlUrl: 'https://acme.zendesk.test/hc/en-us/articles/101',
};

function renderHelpCenter() {
  return renderWithApp(
    <Routes>
      <Route path="/" element={<HelpCenterPage />} />
      <Route path="/help-center/:integrationId/:articleId" element={<ArticlePage />} />
    </Routes>,
  );
}

/** renderArticle opens the article page of article 101 directly. */
function renderArticle() {
  return renderWithApp(
    <Routes>
      <Route path="/" element={<Navigate to="/help-center/hc-1/101" />} />
      <Route path="/help-center/:integrationId/:articleId" element={<ArticlePage />} />
    </Routes>,
  );
}

describe('Help Center', () => {
  it('lists categories, sections and articles of the Content Management integration', async () => {
    stubGo('IntegrationsAPI', { List: () => [helpdesk, content] });
    const api = stubGo('DataAPI', { HelpCenter: () => tree, Article: () => article });
    renderHelpCenter();

    expect(await screen.findByText('Getting started')).toBeInTheDocument();
    expect(api.HelpCenter).toHaveBeenCalledWith('hc-1');
    // Only Content Management integrations are offered, and the first is chosen.
    expect(screen.getByRole('combobox', { name: 'Integration' })).toHaveValue('Acme docs');
    expect(screen.queryByRole('option', { name: 'Acme support', hidden: true })).toBeNull();
    const section = screen.getByRole('navigation', { name: 'Accounts' });
    expect(within(section).getByRole('link', { name: 'Reset your password' })).toBeInTheDocument();
    expect(within(section).getByText('Draft')).toBeInTheDocument();
    expect(screen.getByText('2 articles')).toBeInTheDocument();
  });

  it('opens on the integration that has synced articles, not an empty one listed first', async () => {
    const empty = integration({ id: 'hc-new', name: 'New docs', capability: 'content_management', status: 'not_connected' });
    const synced = { ...content, counts: { ...content.counts, articles: 2 } };
    stubGo('IntegrationsAPI', { List: () => [empty, synced] });
    const api = stubGo('DataAPI', { HelpCenter: () => tree });
    renderHelpCenter();

    expect(await screen.findByText('Getting started')).toBeInTheDocument();
    expect(api.HelpCenter).toHaveBeenCalledWith('hc-1');
    expect(api.HelpCenter).not.toHaveBeenCalledWith('hc-new');
    expect(screen.getByRole('combobox', { name: 'Integration' })).toHaveValue('Acme docs');
  });

  it('filters articles by title', async () => {
    stubGo('IntegrationsAPI', { List: () => [content] });
    stubGo('DataAPI', { HelpCenter: () => tree });
    const { user } = renderHelpCenter();
    await screen.findByText('Getting started');
    await user.type(screen.getByLabelText('Filter articles'), 'close');
    expect(screen.queryByRole('link', { name: 'Reset your password' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Close your account' })).toBeInTheDocument();
  });

  it('opens an article and renders its body sanitized in the Article region', async () => {
    stubGo('IntegrationsAPI', { List: () => [content] });
    const api = stubGo('DataAPI', { HelpCenter: () => tree, Article: () => article });
    const { user } = renderHelpCenter();
    await user.click(await screen.findByRole('link', { name: 'Reset your password' }));

    const body = await screen.findByRole('region', { name: 'Article' });
    expect(api.Article).toHaveBeenCalledWith('hc-1', 101, 'en-us');
    expect(within(body).getByRole('heading', { name: 'Steps' })).toBeInTheDocument();
    expect(body.querySelector('script, iframe')).toBeNull();
    expect(body.querySelector('[onmouseover]')).toBeNull();
    const link = within(body).getByRole('link', { name: 'Forgot password' });
    expect(link).toHaveAttribute('href', 'https://acme.zendesk.test/hc/en-us/articles/102');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(screen.getByText('Getting started › Accounts')).toBeInTheDocument();
  });

  it('opens links in the user’s browser, not in the window', async () => {
    const opened: string[] = [];
    stubGo('LinksAPI', { OpenExternal: (u: string) => void opened.push(u) });
    stubGo('DataAPI', { Article: () => article });
    const { user } = renderArticle();
    await user.click(await screen.findByRole('link', { name: 'Forgot password' }));
    expect(opened).toEqual(['https://acme.zendesk.test/hc/en-us/articles/102']);
  });

  it('says when Go refuses to open a link, and opens nothing', async () => {
    const links = stubGo('LinksAPI', {
      OpenExternal: () => {
        throw goError('forbidden', 'Zensync opens only web (http, https) and e-mail (mailto) links.');
      },
    });
    stubGo('DataAPI', { Article: () => article });
    const { user } = renderArticle();
    await user.click(await screen.findByRole('link', { name: 'Forgot password' }));
    expect(links.OpenExternal).toHaveBeenCalledTimes(1);
    expect(await screen.findByText('Link not opened')).toBeInTheDocument();
  });

  it('says which capability brings articles when there are no integrations', async () => {
    stubGo('IntegrationsAPI', { List: () => [] });
    renderHelpCenter();
    expect(await screen.findByText(NO_CONTENT_INTEGRATION)).toBeInTheDocument();
  });

  it('with only a Helpdesk integration, says articles come from Content Management, not "run Sync now"', async () => {
    stubGo('IntegrationsAPI', { List: () => [{ ...helpdesk, status: 'connected', lastSyncAt: '2026-11-20T08:00:00Z' }] });
    const api = stubGo('DataAPI', { HelpCenter: () => ({ categories: [] }) });
    renderHelpCenter();
    expect(await screen.findByText(NO_CONTENT_INTEGRATION)).toBeInTheDocument();
    expect(screen.getByText(/Add one in Settings → Integrations/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to Integrations' })).toHaveAttribute('href', '/settings/integrations');
    expect(screen.queryByText(NOTHING_SYNCED)).toBeNull();
    expect(api.HelpCenter).not.toHaveBeenCalled();
  });

  it('a Content Management integration not synced yet says so', async () => {
    stubGo('IntegrationsAPI', { List: () => [content] });
    stubGo('DataAPI', { HelpCenter: () => ({ categories: [] }) });
    renderHelpCenter();
    expect(await screen.findByText(NOTHING_SYNCED)).toBeInTheDocument();
  });

  it('lists an article once per locale and opens the one clicked in its locale', async () => {
    const multi = treeOf([reset, { ...reset, title: 'Réinitialiser le mot de passe', locale: 'fr' }]);
    stubGo('IntegrationsAPI', { List: () => [content] });
    const api = stubGo('DataAPI', { HelpCenter: () => multi, Article: () => ({ ...article, locale: 'fr' }) });
    const { user } = renderHelpCenter();
    await user.click(await screen.findByRole('link', { name: 'Réinitialiser le mot de passe' }));
    await screen.findByRole('region', { name: 'Article' });
    expect(api.Article).toHaveBeenCalledWith('hc-1', 101, 'fr');
  });
});
