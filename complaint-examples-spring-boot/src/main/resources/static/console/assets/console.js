// The staff console's only script (the Content-Security-Policy allows no inline script): sends the
// session's CSRF token with every htmx request, as Thymeleaf does for plain forms.
(function () {
  "use strict";
  function meta(name) {
    var el = document.querySelector('meta[name="' + name + '"]');
    return el ? el.getAttribute("content") : null;
  }
  document.addEventListener("htmx:configRequest", function (event) {
    var header = meta("_csrf_header");
    var token = meta("_csrf");
    if (header && token) {
      event.detail.headers[header] = token;
    }
  });
  // Reply agreement on the intake form: the time and method matter only for an agreement or a wish.
  function syncReply() {
    var chosen = document.querySelector('input[name="replyBasis"]:checked');
    var details = document.getElementById("reply-details");
    if (!details) {
      return;
    }
    details.hidden = !!chosen && chosen.value === "NO_PREFERENCE";
  }
  document.addEventListener("change", function (event) {
    if (event.target && event.target.name === "replyBasis") {
      syncReply();
    }
  });
  document.addEventListener("DOMContentLoaded", syncReply);
})();
