/* Pages without a script of their own are ready once the DOM is there. */
window.tkg.ready();
