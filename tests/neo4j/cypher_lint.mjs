// Lints Cypher with Neo4j's own front-end (@neo4j-cypher/language-support).
// stdin: {"schema": {labels, relationshipTypes, propertyKeys}, "queries": [string, ...]}
// stdout: [{"query": string, "diagnostics": [{severity, message, offsets}]}, ...]
// Procedures and functions come from the package's own catalogue of Neo4j 5 signatures, so a
// misspelt procedure or a wrong YIELD column is caught just as Neo4j would catch it.
import { lintCypherQuery, isNotParamError, testData } from '@neo4j-cypher/language-support';

let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => { input += chunk; });
process.stdin.on('end', () => {
  const { schema, queries } = JSON.parse(input);
  const dbSchema = {
    ...schema,
    procedures: testData.mockSchema.procedures,
    functions: testData.mockSchema.functions,
  };
  const results = queries.map((query) => {
    const { diagnostics } = lintCypherQuery(query, dbSchema);
    // Parameters are bound at run time by the driver; everything else must be clean.
    const real = diagnostics.filter((d) => isNotParamError(d));
    return {
      query,
      diagnostics: real.map((d) => ({ severity: d.severity, message: d.message, offsets: d.offsets })),
    };
  });
  process.stdout.write(JSON.stringify(results));
});
