//! Client-side navigation that cannot fail the citizen. The islands router (Leptos's script)
//! answers a same-site link or form by fetching the next page and patching the document; when
//! that fetch fails (a flaky mobile network, the server restarting), the click would do
//! nothing. This script, in the page's head before the router's, watches the router's fetches
//! (they carry an `Islands-Router` header): when one fails it stops the router and lets the
//! browser load the page itself, a GET by its address, a POST by sending its form again.
//! A form marked `data-full-load` (the language switch: it changes every text on the page,
//! islands included) always loads the whole page; a `method="dialog"` form (it closes its
//! dialog) is the browser's alone. After a client-side navigation to a new
//! page it starts at its top, or at its `#fragment`, as after a full load (a step back keeps
//! the browser's own scroll position), and the focus moves to the page's content, so keyboard
//! and screen-reader users start on the new page, not on whatever element the router's patch
//! left where the clicked link was. A link followed before the wasm has arrived (a slow
//! network, a quick tap) must not fail: the router then hydrates the new page's islands
//! through `__hydrateIsland`, which Leptos defines only once the wasm module is imported and
//! which works only once it is running. Until `hydrate()` marks the page `data-wasm`, the
//! script leaves those islands alone; the first hydration walks the page as it is by then.
//! A jump within the page (an error summary's link to its field) is the browser's alone: the
//! router would fetch the page again on the `popstate` it fires, which after a form post
//! shows a fresh page instead of the one with the citizen's answers.
//! The router animates each patch as a view transition; a second navigation before the first
//! has painted (two quick steps back) skips the first, which is expected, not an error.
/// A link or form marked `data-full-load` is always a full page load: the islands router's
/// patch would keep the old page's parts (a list, which filter is chosen).
pub const GUARD_SCRIPT: &str = r#"(()=>{const w=window,h=history,get=w.fetch,push=h.pushState;let sent=null,hydrate=null,here=location.pathname+location.search;Object.defineProperty(w,"__hydrateIsland",{configurable:true,set(f){hydrate=f},get(){return(el,id)=>{if(hydrate&&document.documentElement.hasAttribute("data-wasm"))return hydrate(el,id)}}});addEventListener("click",e=>{if(w.samlaStopped||(e.target.closest&&e.target.closest("a[data-full-load]")))e.stopImmediatePropagation()},true);addEventListener("submit",e=>{const f=e.target;if(w.samlaStopped||f.hasAttribute("data-full-load")||f.method==="dialog"){e.stopImmediatePropagation();return}sent=[f,e.submitter]},true);w.fetch=function(r,...a){const p=get.call(this,r,...a);if(r instanceof Request&&r.headers.has("Islands-Router"))p.catch(()=>{w.samlaStopped=true;if(r.method==="GET")location.assign(r.url);else if(sent)sent[0].requestSubmit(sent[1])});return p};addEventListener("popstate",e=>{const now=location.pathname+location.search;if(now===here)e.stopImmediatePropagation();here=now});const vt=document.startViewTransition;if(vt)document.startViewTransition=function(...a){const t=vt.apply(this,a);t.ready.catch(()=>{});t.finished.catch(()=>{});return t};h.pushState=function(...a){push.apply(h,a);here=location.pathname+location.search;const t=location.hash&&document.getElementById(decodeURIComponent(location.hash.slice(1)));t?t.scrollIntoView():scrollTo(0,0);const m=document.getElementById("main");if(m)m.focus({preventScroll:true})}})()"#;
