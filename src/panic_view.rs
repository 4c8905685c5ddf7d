//! What a person sees if the app panics. The release build aborts on a panic, so the Leptos
//! runtime is gone by then: the panic hook writes a plain error view into the page with DOM
//! calls only — what happened, in the page's language, and a link that reloads the page —
//! instead of leaving a dead page. The panic is also logged to the console, as before.

use leptos::wasm_bindgen::JsCast;

/// Installs the hook; call first thing in each module's start.
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        let _ = show();
    }));
}

/// Replaces the page's main area (or, without one, the body) with the error view.
fn show() -> Option<()> {
    let document = web_sys::window()?.document()?;
    let english = document
        .document_element()
        .and_then(|html| html.get_attribute("lang"))
        .is_some_and(|lang| lang == "en");
    let (heading, text, reload) = if english {
        (
            "Something went wrong",
            "The page stopped working. Nothing you did caused it. Reload the page to try again.",
            "Reload the page",
        )
    } else {
        (
            "Något gick fel",
            "Sidan slutade fungera. Det var inget du gjorde. Ladda om sidan för att försöka igen.",
            "Ladda om sidan",
        )
    };
    let section = document.create_element("section").ok()?;
    section.set_class_name("load-error panic-view");
    section.set_attribute("role", "alert").ok()?;
    let h = document.create_element("h1").ok()?;
    h.set_text_content(Some(heading));
    let p = document.create_element("p").ok()?;
    p.set_text_content(Some(text));
    let a = document.create_element("a").ok()?;
    a.set_text_content(Some(reload));
    a.set_attribute("href", &web_sys::window()?.location().href().ok()?)
        .ok()?;
    let para = document.create_element("p").ok()?;
    para.append_child(&a).ok()?;
    for child in [&h, &p, &para] {
        section.append_child(child).ok()?;
    }
    let host = document
        .get_element_by_id("innehall")
        .or_else(|| document.body().map(|b| b.unchecked_into()))?;
    host.set_text_content(None);
    host.append_child(&section).ok()?;
    Some(())
}
