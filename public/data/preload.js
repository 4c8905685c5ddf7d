// Written by the data tool (cargo run -p ingest): starts the downloads a deep link's first
// view needs in parallel with the app, instead of after it has started.
(function () {
  var withPage = ["01", "05", "06", "18", "22"];
  var q = new URLSearchParams(location.search);
  var county = q.get("lan") || (q.get("kommun") || "").slice(0, 2);
  var files = [];
  if (withPage.indexOf(county) >= 0) {
    files.push("data/counties/" + county + ".json", "data/lexicon.json");
  }
  files.forEach(function (href) {
    var link = document.createElement("link");
    link.rel = "preload";
    link.as = "fetch";
    link.crossOrigin = "anonymous";
    link.href = href;
    document.head.appendChild(link);
  });
})();
