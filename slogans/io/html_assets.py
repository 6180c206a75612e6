"""The style sheet and script inlined into every HTML report (nothing is fetched at view time).

The script only reads ``data-*`` attributes and writes them with ``textContent``: no text of a
document ever reaches the page as markup.
"""

CSS = """
body{font-family:"Noto Sans CJK SC","WenQuanYi Micro Hei","Microsoft YaHei","PingFang SC",sans-serif;margin:0 auto;max-width:68em;padding:1em 1.5em;color:#222;line-height:1.6}
h1{font-size:1.5em}h2{font-size:1.2em;margin-top:2em;border-bottom:1px solid #ddd}
table{border-collapse:collapse;margin:.5em 0 1em}th,td{border:1px solid #ddd;padding:.2em .6em;text-align:left;vertical-align:top}
th{background:#f4f4f4}td.n{text-align:right}
.text{white-space:pre-wrap;background:#fcfcfa;border:1px solid #eee;padding:1em;max-height:40em;overflow:auto}
mark.m{background:#ffe08a;border-radius:2px;cursor:help;padding:0 1px}
mark.m.numbered{background:#ffd0a8}mark.m.campaign{background:#bfe3ff}mark.m.slogan{background:#d6f5c8}
mark.m:focus,mark.m:hover{outline:2px solid #c60}
#tip{position:fixed;display:none;z-index:10;background:#fff;border:1px solid #999;box-shadow:0 2px 6px rgba(0,0,0,.25);padding:.4em .7em;max-width:30em;font-size:.9em}
#tip dt{font-weight:bold;float:left;clear:left;width:6em}#tip dd{margin-left:6.5em}#tip hr{clear:both;border:0;border-top:1px solid #ccc}
.legend span{margin-right:1em;padding:0 .3em}.note{color:#666}
svg text{font-size:11px}
"""

JS = """
(function(){
  var tip=document.getElementById('tip');
  var fields=[['term','term'],['kind','kind'],['members','members'],['source','source'],['reason','reason'],['score','score']];
  function describe(el){
    var dl=document.createElement('dl');
    fields.forEach(function(f){
      var v=el.getAttribute('data-'+f[0]);
      if(v===null||v==='')return;
      var dt=document.createElement('dt');dt.textContent=f[1];
      var dd=document.createElement('dd');dd.textContent=v;
      dl.appendChild(dt);dl.appendChild(dd);
    });
    return dl;
  }
  function show(el,x,y){
    tip.textContent='';
    for(var n=el;n;n=n.parentElement?n.parentElement.closest('mark.m'):null){
      if(n!==el)tip.appendChild(document.createElement('hr'));
      tip.appendChild(describe(n));
    }
    tip.style.display='block';
    var w=tip.offsetWidth,h=tip.offsetHeight;
    tip.style.left=Math.max(4,Math.min(x+12,window.innerWidth-w-4))+'px';
    tip.style.top=Math.max(4,(y+16+h>window.innerHeight?y-h-8:y+16))+'px';
  }
  function hide(){tip.style.display='none';}
  document.addEventListener('mouseover',function(e){
    var el=e.target.closest?e.target.closest('mark.m'):null;
    if(el)show(el,e.clientX,e.clientY);else hide();
  });
  document.querySelectorAll('mark.m').forEach(function(el){
    el.addEventListener('focus',function(e){e.stopPropagation();var r=el.getBoundingClientRect();show(el,r.left,r.bottom);});
    el.addEventListener('blur',hide);
  });
})();
"""
