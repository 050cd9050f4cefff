import { Text, Typography } from '@mantine/core';
import { useEffect, useId, useMemo, useRef, type MouseEvent } from 'react';
import { openLink } from '../../lib/openLink';
import { useRemoteImages } from './RemoteImages';
import { sanitizeContent } from './sanitize';

export interface SafeHtmlProps {
  /** html from Zendesk (a comment's htmlBody, an article's bodyHtml); sanitized before use. */
  html: string;
  /** plainText is shown when html is empty or sanitizes to nothing. */
  plainText?: string;
  /** baseUrl resolves relative links (an article's htmlUrl). */
  baseUrl?: string;
  /** localAttachments: attachment token → local copy path; such images load from the copy. */
  localAttachments?: Record<string, string>;
}

/**
 * SafeHtml renders Zendesk HTML after sanitizeContent; it is the only place the data screens set
 * inner HTML. Remote images stay placeholders unless the surrounding RemoteImagesScope allows them
 * (it is told how many were blocked, to offer "Load remote images"). Clicking a link opens it in
 * the user's browser, never inside the web view. Content that positions itself (position: fixed)
 * stays inside the box: the box is a containing block.
 */
export function SafeHtml({ html, plainText = '', baseUrl, localAttachments }: SafeHtmlProps) {
  const { allow, report } = useRemoteImages();
  const { html: clean, blockedImages } = useMemo(
    () => sanitizeContent(html, { baseUrl, allowRemoteImages: allow, localAttachments }),
    [html, baseUrl, allow, localAttachments],
  );
  const id = useId();
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    report(id, blockedImages);
    return () => report(id, 0);
  }, [id, blockedImages, report]);

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
    openLink(link.getAttribute('href') ?? '');
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
