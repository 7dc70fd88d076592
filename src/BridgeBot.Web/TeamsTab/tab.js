// The Teams personal tab: Teams SSO gives a token for BridgeBot, BridgeBot answers with a signed link to this
// workspace's decision log, and the tab opens it. Outside Teams, or when sign-in fails, it says what to do instead.
(function () {
  "use strict";
  var fallback = "Type log to BridgeBot in a chat for a link to the decision log.";
  var outsideTeams = "Open this tab in Microsoft Teams: it signs you in with your Teams account. " + fallback;
  var status = document.getElementById("status");
  var settled = false;

  function show(text) {
    settled = true;
    status.textContent = text;
  }

  if (!window.microsoftTeams) {
    show(outsideTeams);
    return;
  }

  // app.initialize() waits for a Teams host to answer (a frame on desktop and web, a web view on mobile); outside
  // Teams nothing answers.
  var waiting = setTimeout(function () {
    if (!settled) {
      show(outsideTeams);
    }
  }, 5000);

  microsoftTeams.app.initialize()
    .then(function () {
      return microsoftTeams.authentication.getAuthToken();
    })
    .then(function (token) {
      return fetch("/log/teams/session", {
        method: "POST",
        headers: { Authorization: "Bearer " + token },
        credentials: "omit",
        cache: "no-store",
      });
    })
    .then(function (response) {
      return response.json().then(function (answer) {
        if (!response.ok || !answer.url) {
          throw new Error(answer.error || "BridgeBot refused the sign-in.");
        }
        clearTimeout(waiting);
        settled = true;
        window.location.replace(answer.url);
      });
    })
    .catch(function (error) {
      clearTimeout(waiting);
      var reason = error && error.message ? error.message : String(error);
      show("Teams could not sign you in to BridgeBot (" + reason + "). " + fallback);
    });
})();
