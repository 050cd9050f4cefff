import { Text, Typography } from '@mantine/core';
import { useEffect, useMemo, useRef, type MouseEvent } from 'react';
import { openExternal } from '../../api/data';
import { sanitizeHtml } from './sanitize';

export interface SafeHtmlProps {
  /** html from Zendesk (a comment's htmlBody, an article's bodyHtml); sanitized before use. */
  html: string;
  /** plainText is shown when html is empty or sanitizes to nothing. */
  plainText?: string;
  /** baseUrl resolves relative links (an article's htmlUrl). */
  baseUrl?: string;
}

/**
 * SafeHtml renders Zendesk HTML after sanitizeHtml; it is the only place the data screens set inner
 * HTML. Clicking a link opens it in the user's browser, never inside the web view. Content that
 * positions itself (position: fixed) stays inside the box: the box is a containing block.
 */
export function SafeHtml({ html, plainText = '', baseUrl }: SafeHtmlProps) {
  const clean = useMemo(() => sanitizeHtml(html, { baseUrl }), [html, baseUrl]);
  const box = useRef<HTMLDivElement>(null);

  // Offline, remote images cannot load: hide them rather than show broken-image boxes. (Load
  // errors do not bubble, so listen in the capture phase.)
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const onError = (e: Event) => {
      if (e.target instanceof HTMLImageElement) e.target.hidden = true;
    };
    el.addEventListener('error', onError, true);
    return () => el.removeEventListener('error', onError, true);
  }, [clean]);

  if (!clean.trim()) {
    return (
      <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{plainText}</Text>
    );
  }

  const onClick = (e: MouseEvent<HTMLDivElement>) => {
    const link = (e.target as Element).closest?.('a[href]');
    if (!link) return;
    e.preventDefault();
    openExternal(link.getAttribute('href') ?? '');
  };

  return (
    <Typography
      ref={box}
      onClick={onClick}
      style={{ contain: 'content', overflowWrap: 'anywhere', maxWidth: '100%' }}
      dangerouslySetInnerHTML={{ __html: clean }}
    />
  );
}
