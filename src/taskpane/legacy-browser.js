// ES5 on purpose: Office 2016/2019 (volume licence) run task panes in IE11, which cannot parse
// the modern bundle; show the Chinese message instead of a blank pane. A file of its own, not an
// inline script: the Content-Security-Policy allows scripts from our own origin only.
if (/Trident\/|MSIE /.test(navigator.userAgent)) {
  document.getElementById('legacy-browser').style.display = 'block';
}
