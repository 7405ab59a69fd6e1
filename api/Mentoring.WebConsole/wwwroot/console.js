// The console asks the browser which time zone its user is in, to show every date in it.
window.mentoringConsole = {
  timeZone: () => Intl.DateTimeFormat().resolvedOptions().timeZone
};
