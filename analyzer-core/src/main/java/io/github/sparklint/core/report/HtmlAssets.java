package io.github.sparklint.core.report;

/**
 * The HTML report's inline style sheet and script: no network, no CDN, readable from 1280 px down
 * to a phone's width (code scrolls inside its box, long paths wrap), print-friendly, and a plain
 * script that filters findings by rule, severity and baseline state.
 */
final class HtmlAssets {
  static final String CSS = """
      *{box-sizing:border-box}
      body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;color:#1f2328;background:#f6f8fa}
      main{max-width:1100px;margin:0 auto;padding:1rem}
      h1{font-size:1.5rem;margin:.5rem 0}h2{font-size:1.2rem;margin:1.5rem 0 .5rem}
      a{color:#0969da}[hidden]{display:none!important}
      code{font-family:ui-monospace,SFMono-Regular,Menlo,monospace;font-size:90%;overflow-wrap:anywhere}
      p code,td code,li code{background:#eff1f3;padding:0 .2em;border-radius:4px}
      pre{overflow-x:auto;background:#f6f8fa;border:1px solid #d0d7de;border-radius:6px;padding:.5rem;margin:.5rem 0;font-size:13px;line-height:1.45}
      pre code{overflow-wrap:normal}
      .cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(8.5rem,1fr));gap:.6rem;margin:1rem 0}
      .card{background:#fff;border:1px solid #d0d7de;border-radius:6px;padding:.5rem .75rem}
      .card b{display:block;font-size:1.4rem}
      .scroll{overflow-x:auto;max-width:100%}
      table{border-collapse:collapse;width:100%;background:#fff}
      th,td{border:1px solid #d0d7de;padding:.3rem .5rem;text-align:left;vertical-align:top;overflow-wrap:anywhere}
      th{background:#f6f8fa;font-weight:600;overflow-wrap:normal}.n{text-align:right;white-space:nowrap}
      .grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,24rem),1fr));gap:1rem}
      #filters{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:center;background:#fff;border:1px solid #d0d7de;border-radius:6px;padding:.5rem .75rem;position:sticky;top:0;z-index:1}
      #filters select{max-width:100%;font:inherit}
      .file{background:#fff;border:1px solid #d0d7de;border-radius:6px;margin:1rem 0}
      .file h3{margin:0;padding:.5rem .75rem;font-size:.95rem;background:#f6f8fa;border-bottom:1px solid #d0d7de;overflow-wrap:anywhere;font-family:ui-monospace,monospace}
      .finding{padding:.6rem .75rem;border-top:1px solid #eaeef2}.finding:first-of-type{border-top:0}
      .finding p{margin:.3rem 0;overflow-wrap:anywhere}
      .head{display:flex;flex-wrap:wrap;gap:.4rem;align-items:baseline}
      .badge{display:inline-block;border-radius:1em;padding:0 .55em;font-size:.8rem;font-weight:600;border:1px solid transparent}
      .badge.error{background:#cf222e;color:#fff}.badge.warning{background:#fff8c5;color:#7d4e00;border-color:#d4a72c}
      .badge.note{background:#ddf4ff;color:#0550ae}.badge.baselined{background:#eaeef2;color:#57606a}
      .badge.new{background:#dafbe1;color:#116329}.badge.confidence{background:#fff;color:#57606a;border-color:#d0d7de}
      .snippet .ln{display:inline-block;min-width:3ch;color:#6e7781;user-select:none;text-align:right;margin-right:1ch}
      .snippet mark{background:#fff1c2;display:inline-block;min-width:100%}
      .rule-page{background:#fff;border:1px solid #d0d7de;border-radius:6px;padding:.25rem 1rem;margin:1rem 0}
      .rule-page:target{outline:3px solid #0969da}
      footer{color:#57606a;font-size:.85rem;margin:2rem 0}
      @media (max-width:600px){body{font-size:14px}main{padding:.5rem}th,td{padding:.2rem .3rem}h1{font-size:1.25rem}}
      @media print{body{background:#fff;font-size:11pt}#filters{display:none}main{max-width:none;padding:0}
      .file,.finding,.rule-page{break-inside:avoid}pre{white-space:pre-wrap}a{color:inherit}}
      """;

  static final String SCRIPT = """
      (function () {
        var form = document.getElementById('filters');
        if (!form) { return; }
        function apply() {
          var rule = form.elements.rule.value, wanted = {};
          form.querySelectorAll('input[type=checkbox]').forEach(function (box) {
            wanted[box.value] = box.checked;
          });
          var shown = 0;
          document.querySelectorAll('.finding').forEach(function (f) {
            var on = (rule === '' || f.dataset.rule === rule) && wanted[f.dataset.severity]
                && wanted[f.dataset.status];
            f.hidden = !on;
            if (on) { shown++; }
          });
          document.querySelectorAll('.file').forEach(function (file) {
            file.hidden = !file.querySelector('.finding:not([hidden])');
          });
          document.getElementById('shown').textContent = shown;
        }
        form.addEventListener('change', apply);
        apply();
      })();
      """;

  private HtmlAssets() {}
}
