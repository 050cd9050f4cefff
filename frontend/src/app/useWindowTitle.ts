import { useEffect } from 'react';
import { matchPath } from 'react-router-dom';
import { routes } from './routes';

interface TitleRuntime {
  WindowSetTitle?: (title: string) => void;
}

/** titleFor names the window after the screen shown: "Zensync — Integrations". */
export function titleFor(pathname: string): string {
  const route = routes.find((r) => matchPath({ path: r.path, end: true }, pathname));
  return route ? `Zensync — ${route.label}` : 'Zensync';
}

/**
 * useWindowTitle keeps the native window's title (and the document's) in step with the screen,
 * so the window list and the smoke test can tell which page rendered.
 */
export function useWindowTitle(pathname: string) {
  useEffect(() => {
    const title = titleFor(pathname);
    document.title = title;
    (window.runtime as TitleRuntime | undefined)?.WindowSetTitle?.(title);
  }, [pathname]);
}
