// Sends the CSRF token with every htmx request (forms carry it as a hidden field already).
document.addEventListener("htmx:configRequest", function (event) {
  var header = document.querySelector('meta[name="csrf-header"]');
  var token = document.querySelector('meta[name="csrf-token"]');
  if (header && token) {
    event.detail.headers[header.content] = token.content;
  }
});

// Moves focus to an error summary or alert so screen-reader users hear it first.
document.addEventListener("DOMContentLoaded", function () {
  var alert = document.querySelector(".error-summary, .alert-error");
  if (alert) {
    alert.setAttribute("tabindex", "-1");
    alert.focus();
  }
});
