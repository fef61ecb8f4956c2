// `npm start`: the production server as one plain `node` process on compiled JavaScript (no
// TypeScript loader, no second process). The bundle does the rest: configuration, the data
// folder, the Next build when the source changed, and serving (scripts/start.ts).
import { createRequire } from "node:module";
import { compileServer } from "./compile-server.mjs";

const bundle = await compileServer();
createRequire(import.meta.url)(bundle);
