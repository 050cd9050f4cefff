import type { HelpCenterCategory, HelpCenterTree } from '../../api/data';

/** filterTree keeps the articles whose title contains text (any case), and the branches above them. */
export function filterTree(tree: HelpCenterTree | undefined, text: string): HelpCenterCategory[] {
  const categories = tree?.categories ?? [];
  const needle = text.trim().toLowerCase();
  if (!needle) return categories;
  return categories
    .map((c) => ({
      ...c,
      sections: (c.sections ?? [])
        .map((s) => ({
          ...s,
          articles: (s.articles ?? []).filter((a) => a.title.toLowerCase().includes(needle)),
        }))
        .filter((s) => s.articles.length > 0),
    }))
    .filter((c) => c.sections.length > 0);
}

/** articleCount counts the articles under categories. */
export function articleCount(categories: HelpCenterCategory[]): number {
  return categories.reduce(
    (n, c) => n + (c.sections ?? []).reduce((m, s) => m + (s.articles?.length ?? 0), 0),
    0,
  );
}
