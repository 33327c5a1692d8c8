// The console's Cypher editor: @neo4j-cypher/codemirror (CodeMirror 6 with Cypher
// highlighting, completion from a schema and linting), bundled from node_modules by
// `npm run build:editor` into node_modules/.tkg/ (never committed) and exposed as
// window.TkgCypherEditor for api/static/console.js.
import { createCypherEditor } from "@neo4j-cypher/codemirror";

window.TkgCypherEditor = {
  create(parent, options) {
    return createCypherEditor(parent, options).editor;
  },
};
