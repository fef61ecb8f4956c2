/** A plain GET form: the search lives in the URL, can be shared and works without JavaScript. */
export function SearchForm({ value, error }: { value: string; error: string | null }) {
  return (
    <form method="get" action="/staff/search" role="search" className="card search-form">
      <div className="field">
        <label htmlFor="search-q">Search</label>
        <input
          id="search-q"
          name="q"
          type="search"
          defaultValue={value}
          maxLength={200}
          aria-describedby={error ? "search-q-error search-q-help" : "search-q-help"}
          {...(error ? { "aria-invalid": true } : {})}
        />
        <p className="hint" id="search-q-help">
          Every word must match (word beginnings count: <kbd>kube</kbd> finds Kubernetes). Use{" "}
          <kbd>&quot;two words&quot;</kbd> for a phrase and <kbd>-word</kbd> to leave results out.
        </p>
        {error && (
          <p className="error" id="search-q-error">
            {error}
          </p>
        )}
      </div>
      <button type="submit" className="button">
        Search
      </button>
    </form>
  );
}
