/* The diplomacy-kg query page: YASGUI on this server's endpoint, with the competency questions as examples. */
(function () {
  "use strict";
  var endpoint = new URL("/diplomacy/sparql", window.location.href).href;
  document.getElementById("endpoint").textContent = endpoint;

  // Nothing leaves this server: the class and property completers call the LOV API and the prefix completer
  // prefix.cc. Prefixes complete from the project's own list instead.
  var Yasqe = Yasgui.Yasqe;
  var prefixes = [];
  Yasqe.defaults.autocompleters = ["variables", "prefixes"];
  if (Yasqe.Autocompleters && Yasqe.Autocompleters.prefixes) {
    Yasqe.Autocompleters.prefixes.get = function () { return Promise.resolve(prefixes); };
  }

  var yasgui = new Yasgui(document.getElementById("yasgui"), {
    requestConfig: { endpoint: endpoint, method: "POST" },
    copyEndpointOnNewTab: true,
    endpointCatalogueOptions: {
      getData: function () { return [{ endpoint: endpoint }]; },
      keys: []
    },
    persistenceId: "diplomacy-kg"
  });
  // Tabs remembered from an earlier visit may point at another port: use this server.
  Object.keys(yasgui._tabs || {}).forEach(function (id) {
    var tab = yasgui.getTab(id);
    if (tab && tab.getEndpoint() !== endpoint) { tab.setEndpoint(endpoint); }
  });

  var select = document.getElementById("examples");
  fetch("/web/examples.json", { headers: { Accept: "application/json" } })
    .then(function (r) { return r.json(); })
    .then(function (data) {
      prefixes = data.prefixes || [];
      (data.examples || []).forEach(function (e, i) {
        var o = document.createElement("option");
        o.value = String(i);
        o.textContent = e.name;
        select.appendChild(o);
      });
      function run(e) {
        var tab = yasgui.getTab();
        tab.setQuery(e.query);
        if (tab.setName) { tab.setName(e.id); }
        tab.query();
      }
      select.addEventListener("change", function () {
        var e = data.examples[Number(select.value)];
        if (e) { run(e); }
      });
      // /?example=cq01 opens and runs that example (for links from the documentation).
      var wanted = new URLSearchParams(window.location.search).get("example");
      (data.examples || []).forEach(function (e, i) {
        if (e.id === wanted) { select.value = String(i); run(e); }
      });
    })
    .catch(function (err) { console.warn("examples unavailable", err); });
})();
