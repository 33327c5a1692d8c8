/* /docs: Swagger UI (swagger-ui-dist from node_modules) over our own /openapi.json. */
(function () {
  "use strict";
  window.SwaggerUIBundle({
    url: "/openapi.json",
    dom_id: "#swagger-ui",
    deepLinking: true,
    docExpansion: "list",
    defaultModelsExpandDepth: 0,
    validatorUrl: null,  // the public validator is another site: never asked
    onComplete: () => window.tkg.ready(),
  });
})();
