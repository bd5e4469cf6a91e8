(function () {
  "use strict";
  var svg = document.getElementById("stack-diagram");
  var boxes = document.querySelectorAll("[data-filter]");
  function checked(kind) {
    var on = {};
    document.querySelectorAll('[data-filter="' + kind + '"]').forEach(function (b) {
      on[b.value] = b.checked;
    });
    return on;
  }
  function apply() {
    var layers = checked("layer");
    var spaces = checked("ns");
    var visible = {};
    document.querySelectorAll("[data-layer], [data-ns]").forEach(function (el) {
      if (el.tagName === "INPUT") { return; }
      var l = el.getAttribute("data-layer");
      var n = el.getAttribute("data-ns");
      var shown = (l === null || layers[l] !== false) && (n === null || spaces[n] !== false);
      el.classList.toggle("hidden", !shown);
      if (shown && el.hasAttribute("data-id")) { visible[el.getAttribute("data-id")] = true; }
    });
    if (svg) {
      svg.querySelectorAll(".edge").forEach(function (e) {
        var shown = visible[e.getAttribute("data-from")] && visible[e.getAttribute("data-to")];
        e.classList.toggle("hidden", !shown);
      });
    }
  }
  boxes.forEach(function (b) { b.addEventListener("change", apply); });
  function toggle(id, cls, target, invert) {
    var box = document.getElementById(id);
    if (!box || !target) { return; }
    var set = function () { target.classList.toggle(cls, invert ? !box.checked : box.checked); };
    box.addEventListener("change", set);
    set();
  }
  toggle("show-labels", "no-labels", svg, true);
  toggle("show-deps", "no-deps", svg, true);
  toggle("fit", "fit", svg ? svg.parentNode : null, false);
  if (svg) {
    var trace = function (node) {
      var id = node.getAttribute("data-id");
      svg.classList.add("tracing");
      node.classList.add("on");
      svg.querySelectorAll(".edge").forEach(function (e) {
        var from = e.getAttribute("data-from");
        var to = e.getAttribute("data-to");
        if (from === id || to === id) {
          e.classList.add("on");
          var other = svg.querySelector('.node[data-id="' + CSS.escape(from === id ? to : from) + '"]');
          if (other) { other.classList.add("on"); }
        }
      });
    };
    var untrace = function () {
      svg.classList.remove("tracing");
      svg.querySelectorAll(".on").forEach(function (e) { e.classList.remove("on"); });
    };
    svg.querySelectorAll(".node").forEach(function (node) {
      node.addEventListener("mouseenter", function () { trace(node); });
      node.addEventListener("mouseleave", untrace);
      node.addEventListener("focus", function () { trace(node); });
      node.addEventListener("blur", untrace);
    });
    var find = document.getElementById("find");
    if (find) {
      find.addEventListener("input", function () {
        var q = find.value.trim().toLowerCase();
        svg.classList.toggle("finding", q.length > 0);
        svg.querySelectorAll(".node").forEach(function (node) {
          node.classList.toggle("hit", q.length > 0 && node.getAttribute("data-id").toLowerCase().indexOf(q) >= 0);
        });
      });
    }
    var holder = svg.parentNode;
    var fit = document.getElementById("fit");
    if (fit && holder.clientWidth > 0 && svg.width.baseVal.value > holder.clientWidth) {
      fit.checked = true;
      holder.classList.add("fit");
    }
  }
  apply();
})();
