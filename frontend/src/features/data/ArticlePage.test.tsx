import { screen, waitFor } from '@testing-library/react';
import { Navigate, Route, Routes } from 'react-router-dom';
import type { Article } from '../../api/data';
import { renderWithApp } from '../../test/render';
import { stubGo } from '../../test/wails';
import { ArticlePage } from './ArticlePage';

const french: Article = {
  id: 101,
  title: 'Réinitialiser le mot de passe',
  bodyHtml: '<p>Cliquez.</p>',
  locale: 'fr',
  sectionName: 'Comptes',
  categoryName: 'Premiers pas',
  authorName: 'Dana Writer',
  labelNames: [],
  updatedAt: '2026-11-01T10:00:00Z',
  htmlUrl: '',
};

describe('ArticlePage export', () => {
  it('exports the article in the locale on screen', async () => {
    const data = stubGo('DataAPI', { Article: () => french });
    const exp = stubGo('ExportAPI', { ExportArticleHTML: () => ({ id: 'e1', path: '' }) });
    const { user } = renderWithApp(
      <Routes>
        <Route path="/" element={<Navigate to="/help-center/hc-1/101?locale=fr" />} />
        <Route path="/help-center/:integrationId/:articleId" element={<ArticlePage />} />
      </Routes>,
    );
    expect(await screen.findByRole('heading', { name: french.title })).toBeInTheDocument();
    expect(data.Article).toHaveBeenCalledWith('hc-1', 101, 'fr');
    await user.click(screen.getByRole('button', { name: 'Export HTML' }));
    await waitFor(() => expect(exp.ExportArticleHTML).toHaveBeenCalledWith('hc-1', 101, 'fr'));
  });
});
