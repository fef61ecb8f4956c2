import { Column, getTableColumns, is, SQL, StringChunk } from "drizzle-orm";
import { getTableConfig, SQLiteTable, type SQLiteColumn } from "drizzle-orm/sqlite-core";
import path from "node:path";
import * as prettier from "prettier";

/**
 * Renders db/schema.pg.ts from the SQLite tables of db/schema.ts, which stay the source of truth.
 * Every construct it does not know how to carry over stops it with the table and column named,
 * rather than being left out of PostgreSQL's schema.
 */

export const PG_SCHEMA_FILE = path.join(process.cwd(), "db", "schema.pg.ts");

/** SQLite default expressions and what PostgreSQL says for each. */
const SQL_DEFAULTS: Record<string, string> = {
  // Stamped per statement, as SQLite's 'now' is; epoch milliseconds, truncated as 'subsec' is.
  "(unixepoch('subsec') * 1000)": "(floor(extract(epoch from statement_timestamp()) * 1000))::bigint",
};

/**
 * Columns a PostgreSQL index leaves out of the SQLite one of the same name. A b-tree entry holds at
 * most about 2.7 kB, and application_search.body is a candidate's name, email and every note: on
 * PostgreSQL the search finds it through the full-text GIN index of application_fts (custom migration in
 * db/migrations-pg/), so the job's index keeps only the job.
 */
const INDEX_COLUMNS_LEFT_OUT: Record<string, string[]> = { application_search_job_idx: ["body"] };

type Names = { exportOf: Map<SQLiteTable, string>; keyOf: Map<Column, string>; leftOut: Record<string, string[]> };

class Imports {
  readonly pgCore = new Set<string>(["pgTable"]);
  sql = false;
  epochMs = false;
  sqliteTypes = false;
}

/** Template-literal text: the SQL goes inside sql`...` in the generated file. */
const inTemplate = (text: string) => text.replace(/[\\`]|\$\{/g, (c) => `\\${c}`);

/** A SQL fragment as TypeScript, columns as `${t.key}`; anything bound at run time is refused. */
function sqlSource(fragment: SQL, names: Names, where: string): string {
  return fragment.queryChunks
    .map((chunk) => {
      if (is(chunk, StringChunk)) return inTemplate(chunk.value.join(""));
      if (is(chunk, Column)) return `\${t.${names.keyOf.get(chunk)}}`;
      if (is(chunk, SQL)) return sqlSource(chunk, names, where);
      throw new Error(`${where}: cannot copy a bound value or placeholder in SQL to PostgreSQL`);
    })
    .join("");
}

function columnType(c: SQLiteColumn, tableKey: string, key: string, use: Imports): string {
  const name = JSON.stringify(c.name);
  const where = `${tableKey}.${key}`;
  const config = c as SQLiteColumn & { mode?: string; length?: number; enumValues?: string[] };
  switch (c.columnType) {
    case "SQLiteInteger":
      // SQLite's integers are 64-bit; which ones hold epoch milliseconds is not known here.
      use.pgCore.add("bigint");
      return `bigint(${name}, { mode: "number" })`;
    case "SQLiteTimestamp":
      if (config.mode !== "timestamp_ms") throw new Error(`${where}: only timestamp_ms timestamps are mapped`);
      use.epochMs = true;
      return `epochMs(${name})`;
    case "SQLiteBoolean":
      use.pgCore.add("boolean");
      return `boolean(${name})`;
    case "SQLiteReal":
      use.pgCore.add("doublePrecision");
      return `doublePrecision(${name})`;
    case "SQLiteText": {
      const options = [
        config.enumValues?.length ? `enum: ${JSON.stringify(config.enumValues)}` : "",
        config.length ? `length: ${config.length}` : "",
      ].filter(Boolean);
      const kind = config.length ? "varchar" : "text";
      use.pgCore.add(kind);
      return options.length ? `${kind}(${name}, { ${options.join(", ")} })` : `${kind}(${name})`;
    }
    case "SQLiteTextJson":
      use.pgCore.add("jsonb");
      use.sqliteTypes = true;
      return `jsonb(${name}).$type<SqliteData<typeof sqlite.${tableKey}.${key}>>()`;
    default:
      throw new Error(`${where}: no PostgreSQL mapping for ${c.columnType}`);
  }
}

function defaultSource(c: SQLiteColumn, where: string, use: Imports): string {
  const value: unknown = c.default;
  if (is(value, SQL)) {
    const text = value.queryChunks.map((chunk) => (is(chunk, StringChunk) ? chunk.value.join("") : "\0")).join("");
    const json = c.columnType === "SQLiteTextJson" && /^'[^'\0]*'$/.test(text) ? `${text}::jsonb` : undefined;
    const pg = SQL_DEFAULTS[text] ?? json;
    if (!pg)
      throw new Error(`${where}: no PostgreSQL equivalent known for the default ${text} (add it to SQL_DEFAULTS)`);
    use.sql = true;
    return `sql\`${inTemplate(pg)}\``;
  }
  if (value instanceof Date || typeof value === "function" || typeof value === "bigint") {
    throw new Error(`${where}: cannot copy a ${typeof value} default`);
  }
  return JSON.stringify(value);
}

function tableSource(tableKey: string, table: SQLiteTable, names: Names, use: Imports): string {
  const config = getTableConfig(table);
  const inline = new Map<string, string>();
  const extra: string[] = [];
  const ref = (col: Column) => `t.${names.keyOf.get(col)}`;

  for (const fk of config.foreignKeys) {
    const r = fk.reference();
    const target = (col: Column) => `${names.exportOf.get(r.foreignTable)}.${names.keyOf.get(col)}`;
    const actions = [
      fk.onDelete && fk.onDelete !== "no action" ? `onDelete: "${fk.onDelete}"` : "",
      fk.onUpdate && fk.onUpdate !== "no action" ? `onUpdate: "${fk.onUpdate}"` : "",
    ].filter(Boolean);
    if (r.columns.length === 1 && r.name === undefined) {
      use.pgCore.add("type AnyPgColumn");
      const args = actions.length ? `, { ${actions.join(", ")} }` : "";
      inline.set(r.columns[0]!.name, `.references((): AnyPgColumn => ${target(r.foreignColumns[0]!)}${args})`);
    } else {
      use.pgCore.add("foreignKey");
      const named = r.name ? `name: ${JSON.stringify(r.name)}, ` : "";
      const cols = `columns: [${r.columns.map(ref).join(", ")}], foreignColumns: [${r.foreignColumns.map(target).join(", ")}]`;
      const chained = actions.map((a) => `.${a.replace(/: (.*)/, "($1)")}`).join("");
      extra.push(`foreignKey({ ${named}${cols} })${chained}`);
    }
  }

  const columns = Object.entries(getTableColumns(table)).map(([key, c]) => {
    const where = `${tableKey}.${key}`;
    if (c.defaultFn || c.onUpdateFn || c.generated) {
      throw new Error(`${where}: $defaultFn, $onUpdateFn and generated columns are not copied to PostgreSQL`);
    }
    let source = columnType(c, tableKey, key, use);
    if (c.primary) {
      source += ".primaryKey()";
      // Like SQLite's integer primary key (with or without AUTOINCREMENT): numbered unless given.
      if (c.columnType === "SQLiteInteger") source += ".generatedByDefaultAsIdentity()";
    } else if (c.notNull) source += ".notNull()";
    if (c.default !== undefined) source += `.default(${defaultSource(c, where, use)})`;
    if (c.isUnique) source += `.unique(${JSON.stringify(c.uniqueName)})`;
    source += inline.get(c.name) ?? "";
    return `${key}: ${source},`;
  });

  for (const pk of config.primaryKeys) {
    use.pgCore.add("primaryKey");
    const named = pk.name ? `name: ${JSON.stringify(pk.name)}, ` : "";
    extra.push(`primaryKey({ ${named}columns: [${pk.columns.map(ref).join(", ")}] })`);
  }
  for (const u of config.uniqueConstraints) {
    use.pgCore.add("unique");
    extra.push(`unique(${JSON.stringify(u.name)}).on(${u.columns.map(ref).join(", ")})`);
  }
  for (const index of config.indexes) {
    const { name, unique, where } = index.config;
    const leftOut = names.leftOut[name] ?? [];
    const parts = index.config.columns.filter((col) => !(is(col, Column) && leftOut.includes(col.name)));
    if (parts.length !== index.config.columns.length - leftOut.length) {
      throw new Error(`${name}: INDEX_COLUMNS_LEFT_OUT names columns the index does not have`);
    }
    const kind = unique ? "uniqueIndex" : "index";
    use.pgCore.add(kind);
    const on = parts.map((part) => {
      if (is(part, Column)) return ref(part);
      use.sql = true;
      return `sql\`${sqlSource(part as SQL, names, name)}\``;
    });
    if (where) use.sql = true;
    const filter = where ? `.where(sql\`${sqlSource(where, names, name)}\`)` : "";
    extra.push(`${kind}(${JSON.stringify(name)}).on(${on.join(", ")})${filter}`);
  }
  for (const c of config.checks) {
    use.pgCore.add("check");
    use.sql = true;
    extra.push(`check(${JSON.stringify(c.name)}, sql\`${sqlSource(c.value, names, c.name)}\`)`);
  }

  const body = `{\n${columns.join("\n")}\n}`;
  const after = extra.length ? `, (t) => [${extra.join(", ")}]` : "";
  return `export const ${tableKey} = pgTable(${JSON.stringify(config.name)}, ${body}${after});`;
}

/** The generated file's text, formatted as the repository formats its code. */
export async function renderPgSchema(
  schema: Record<string, unknown>,
  leftOut: Record<string, string[]> = INDEX_COLUMNS_LEFT_OUT,
): Promise<string> {
  // By export name: module loaders disagree on the order of a namespace's keys.
  const tables = Object.entries(schema)
    .filter((entry): entry is [string, SQLiteTable] => is(entry[1], SQLiteTable))
    .sort(([a], [b]) => (a < b ? -1 : 1));
  const names: Names = { exportOf: new Map(), keyOf: new Map(), leftOut };
  for (const [key, table] of tables) {
    names.exportOf.set(table, key);
    for (const [columnKey, column] of Object.entries(getTableColumns(table))) names.keyOf.set(column, columnKey);
  }
  for (const name of Object.keys(leftOut)) {
    if (!tables.some(([, table]) => getTableConfig(table).indexes.some((i) => i.config.name === name))) {
      throw new Error(`INDEX_COLUMNS_LEFT_OUT names ${name}, which the schema no longer has`);
    }
  }

  const use = new Imports();
  const definitions = tables.map(([key, table]) => tableSource(key, table, names, use));
  const pgCore = [...use.pgCore].sort((a, b) => a.replace("type ", "").localeCompare(b.replace("type ", "")));
  const fromColumns = [use.epochMs ? "epochMs" : "", use.sqliteTypes ? "type SqliteData" : ""].filter(Boolean);
  const header = [
    "// Generated by scripts/db/pg-schema.ts from db/schema.ts (npm run db:pg-schema): do not edit.",
    "// The SQLite schema is the source of truth; tests/unit/pg-schema.test.ts fails when this is stale.",
    use.sql ? `import { sql } from "drizzle-orm";` : "",
    `import { ${pgCore.join(", ")} } from "drizzle-orm/pg-core";`,
    fromColumns.length ? `import { ${fromColumns.join(", ")} } from "./pg-columns";` : "",
    use.sqliteTypes ? `import type * as sqlite from "./schema";` : "",
  ].filter(Boolean);
  const source = `${header.join("\n")}\n\n${definitions.join("\n\n")}\n`;
  const options = await prettier.resolveConfig(PG_SCHEMA_FILE);
  return prettier.format(source, { ...options, filepath: PG_SCHEMA_FILE });
}
