// The query page of `negograph serve`: Oxigraph's bundled YASGUI, pointed at
// this server's read-only endpoint, and the saved queries of queries/.
(function () {
  "use strict";
  var endpoint = window.location.origin + "/query";
  var saved = JSON.parse(document.getElementById("saved-queries").textContent);

  // Prefix and term completion ask prefix.cc and LOV on the network; the page
  // talks to this server only, so only the completers that work offline stay.
  var offline = ["prefixes", "property", "class"];
  Yasgui.Yasqe.defaults.autocompleters = Yasgui.Yasqe.defaults.autocompleters.filter(function (name) {
    return offline.indexOf(name) < 0;
  });

  var yasgui = new Yasgui(document.getElementById("yasgui"), {
    requestConfig: { endpoint: endpoint, method: "POST" },
    copyEndpointOnNewTab: false,
    endpointCatalogueOptions: { getData: function () { return [{ endpoint: endpoint }]; }, keys: [] },
    persistenceId: "negograph-" + window.location.host,
  });

  function open(name) {
    var query = saved[name];
    if (!query) return;
    var tab = yasgui.addTab(true, { name: name, requestConfig: { endpoint: endpoint, method: "POST" } });
    tab.setQuery(query.text);
    tab.show();
  }

  var links = document.querySelectorAll("a.saved");
  for (var i = 0; i < links.length; i++) {
    links[i].addEventListener("click", function (event) {
      event.preventDefault();
      open(this.getAttribute("data-name"));
    });
  }
  window.negographQuery = { yasgui: yasgui, open: open, saved: saved, ready: true };
})();
