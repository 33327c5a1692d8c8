window.tkg.ready();
