// Small enhancements; every page works without them. Loaded as a file because the
// Content-Security-Policy allows no inline script.
(function () {
  'use strict';

  // Times are shown in the reader's time zone: tell the server which one the browser uses.
  try {
    var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (zone && document.cookie.indexOf('tz=' + zone) === -1) {
      document.cookie = 'tz=' + zone + '; path=/; max-age=31536000; SameSite=Lax';
    }
  } catch (e) {
    // An old browser without Intl keeps UTC.
  }

  // After a refused form, take the reader to the list of problems (GOV.UK error summary).
  var summary = document.querySelector('.error-summary');
  if (summary) {
    summary.focus();
  }

  // On an element page show either "What does your company do?" or, for Not applicable,
  // "Why does this not apply?". A part holding an error is never hidden.
  document.querySelectorAll('[data-question]').forEach(function (question) {
    var radios = question.querySelectorAll('input[type=radio][name^="status."]');
    function update() {
      var checked = question.querySelector('input[type=radio][name^="status."]:checked');
      var notApplicable = checked !== null && checked.value === 'NOT_APPLICABLE';
      question.querySelectorAll('.when-applies').forEach(function (part) {
        part.hidden = notApplicable && !part.classList.contains('has-error');
      });
      question.querySelectorAll('.when-not-applicable').forEach(function (part) {
        part.hidden = !notApplicable && !part.classList.contains('has-error');
      });
    }
    radios.forEach(function (radio) {
      radio.addEventListener('change', update);
    });
    update();
  });

  // A form with changes not yet saved asks before the page is left by a link or closed.
  document.querySelectorAll('form[data-warn-unsaved]').forEach(function (form) {
    var changed = false;
    form.addEventListener('input', function () { changed = true; });
    form.addEventListener('change', function () { changed = true; });
    form.addEventListener('submit', function () { changed = false; });
    window.addEventListener('beforeunload', function (event) {
      if (changed) {
        event.preventDefault();
        event.returnValue = '';
      }
    });
  });
})();
