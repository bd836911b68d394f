//! Client-side navigation that cannot fail the citizen. The islands router (Leptos's script)
//! answers a same-site link or form by fetching the next page and patching the document; when
//! that fetch fails (a flaky mobile network, the server restarting), the click would do
//! nothing. This script, in the page's head before the router's, watches the router's fetches
//! (they carry an `Islands-Router` header): when one fails it stops the router and lets the
//! browser load the page itself, a GET by its address, a POST by sending its form again.
//! A form marked `data-full-load` (the language switch: it changes every text on the page,
//! islands included) always loads the whole page. After a client-side navigation to a new
//! page it starts at its top, or at its `#fragment`, as after a full load (a step back keeps
//! the browser's own scroll position), and the focus moves to the page's content, so keyboard
//! and screen-reader users start on the new page, not on whatever element the router's patch
//! left where the clicked link was.
pub const GUARD_SCRIPT: &str = r#"(()=>{const w=window,h=history,get=w.fetch,push=h.pushState;let sent=null;addEventListener("click",e=>{if(w.samlaStopped)e.stopImmediatePropagation()},true);addEventListener("submit",e=>{const f=e.target;if(w.samlaStopped||f.hasAttribute("data-full-load")){e.stopImmediatePropagation();return}sent=[f,e.submitter]},true);w.fetch=function(r,...a){const p=get.call(this,r,...a);if(r instanceof Request&&r.headers.has("Islands-Router"))p.catch(()=>{w.samlaStopped=true;if(r.method==="GET")location.assign(r.url);else if(sent)sent[0].requestSubmit(sent[1])});return p};h.pushState=function(...a){push.apply(h,a);const t=location.hash&&document.getElementById(decodeURIComponent(location.hash.slice(1)));t?t.scrollIntoView():scrollTo(0,0);const m=document.getElementById("main");if(m)m.focus({preventScroll:true})}})()"#;
