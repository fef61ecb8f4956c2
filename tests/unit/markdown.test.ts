import { describe, expect, it } from "vitest";
import { renderMarkdown } from "@/lib/markdown";

describe("renderMarkdown (postings and the editor's preview)", () => {
  it("shows a <script> tag as text, never as an element", () => {
    const html = renderMarkdown("Hello <script>alert(1)</script>");
    expect(html).not.toContain("<script");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
  });

  it("refuses raw HTML blocks and inline HTML, event handlers included", () => {
    const html = renderMarkdown(
      '<div onclick="x()">box</div>\n\nText with <img src=x onerror=alert(1)> and <iframe src="//evil"></iframe>',
    );
    expect(html).not.toMatch(/<(div|img|iframe)\b/);
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
  });

  it('adds rel="noopener nofollow" to every link', () => {
    const html = renderMarkdown("[our blog](https://example.com/blog) and [docs](/docs)");
    expect(html).toContain('<a href="https://example.com/blog" rel="noopener nofollow">our blog</a>');
    expect(html).toContain('<a href="/docs" rel="noopener nofollow">docs</a>');
  });

  it("drops javascript: and data: links", () => {
    const html = renderMarkdown("[x](javascript:alert(1)) [y](data:text/html;base64,PHNjcmlwdD4=)");
    expect(html).not.toMatch(/href="(javascript|data):/i);
  });

  it("still renders the Markdown staff write: headings, lists and emphasis", () => {
    expect(renderMarkdown("## Why\n\n- **one**\n- two")).toBe(
      "<h2>Why</h2>\n<ul>\n<li><strong>one</strong></li>\n<li>two</li>\n</ul>\n",
    );
  });
});
