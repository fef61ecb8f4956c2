/**
 * Where a search matched, as lib/search/snippet.ts wrote it: escaped text whose only markup is
 * <mark>. Anything else (never expected) is not rendered at all rather than trusted.
 */
export function MatchSnippet({
  html,
  className = "match-snippet",
}: {
  html: string | null | undefined;
  className?: string;
}) {
  if (!html || /[<>]/.test(html.replace(/<\/?mark>/g, ""))) return null;
  return <p className={className} dangerouslySetInnerHTML={{ __html: html }} />;
}
