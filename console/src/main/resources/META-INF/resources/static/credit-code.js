// Checks a 统一社会信用代码 (unified social credit code) as it is typed, by GB 32100-2015: 18 characters from the
// code's 31-character alphabet, characters 3-8 the administrative division (digits), and the check character.
// The field is marked invalid with the message the page drew into its data-msg-* attributes (zh-CN or English);
// procurement-service checks the code again and its problem is drawn beside the field.
(function () {
  'use strict';
  var ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  var WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

  function checkCharacter(first17) {
    var sum = 0;
    for (var i = 0; i < 17; i++) {
      sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
    }
    return ALPHABET.charAt((31 - sum % 31) % 31);
  }

  // The name of the data-msg-* attribute that says what is wrong, or null; a code still being typed is only
  // judged on its length once the user leaves the field.
  function problem(code, finished) {
    for (var i = 0; i < code.length; i++) {
      if (ALPHABET.indexOf(code.charAt(i)) < 0) { return 'data-msg-chars'; }
    }
    for (var d = 2; d < Math.min(code.length, 8); d++) {
      if (code.charAt(d) < '0' || code.charAt(d) > '9') { return 'data-msg-division'; }
    }
    if (code.length > 18 || (finished && code.length !== 18)) { return 'data-msg-length'; }
    if (code.length === 18 && code.charAt(17) !== checkCharacter(code.substring(0, 17))) { return 'data-msg-check'; }
    return null;
  }

  document.querySelectorAll('input[data-credit-code]').forEach(function (input) {
    var note = document.getElementById(input.getAttribute('data-note'));
    function check(finished) {
      var code = input.value.trim().toUpperCase();
      var which = code ? problem(code, finished) : null;
      var message = which ? input.getAttribute(which) : '';
      input.setCustomValidity(message);
      if (message) { input.setAttribute('aria-invalid', 'true'); } else { input.removeAttribute('aria-invalid'); }
      if (note) { note.textContent = message; note.hidden = !message; }
    }
    input.addEventListener('input', function () { check(false); });
    input.addEventListener('change', function () { check(true); });
    if (input.value) { check(true); }
  });
})();
