// Written by the data tool (cargo run -p ingest): starts the downloads a first view needs
// in parallel with the app, instead of after it has started.
(function () {
  var withPage = ["01", "05", "06", "18", "22"];
  var counties = ["01", "03", "04", "05", "06", "07", "08", "09", "10", "12", "13", "14", "17", "18", "19", "20", "21", "22", "23", "24", "25"];
  var q = new URLSearchParams(location.search);
  var county = q.get("lan") || (q.get("kommun") || "").slice(0, 2);
  var front = true;
  q.forEach(function (value, key) {
    if (key !== "lang") front = false;
  });
  var files = [];
  if (front) {
    files.push("data/geo/sweden.json");
  }
  if (counties.indexOf(county) >= 0) {
    files.push("data/geo/" + county + ".json");
  }
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
