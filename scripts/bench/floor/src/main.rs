//! The floor: fetch the data index, deserialise it as the app does, and draw the front
//! page's county cards. Nothing else: no routes, texts, search or map.

use catalog::index::{CountySummary, DataIndex};
use leptos::prelude::*;

fn main() {
    mount_to_body(|| {
        let index = LocalResource::new(|| async {
            let text = gloo_net::http::Request::get("data/index.json")
                .send()
                .await
                .ok()?
                .text()
                .await
                .ok()?;
            serde_json::from_str::<DataIndex>(&text).ok()
        });
        view! {
            <header class="site-header">
                <div class="site-header__inner"><span class="site-name">"Samspelskartan"</span></div>
            </header>
            <main>
                <h1>"Var finns samspelsbehandling?"</h1>
                <Suspense fallback=|| view! { <p class="loading">"Laddar …"</p> }>
                    {move || Suspend::new(async move {
                        match index.await {
                            Some(index) => view! {
                                <ul class="county-list">
                                    {index.counties.into_iter().map(card).collect_view()}
                                </ul>
                            }
                            .into_any(),
                            None => view! { <p>"Datan kunde inte hämtas."</p> }.into_any(),
                        }
                    })}
                </Suspense>
            </main>
        }
    });
}

fn card(c: CountySummary) -> impl IntoView {
    view! {
        <li class="county-card">
            <h2><a href=format!("?lan={}", c.code)>{c.name}</a></h2>
            <dl class="facts">
                <div><dt>"Barn 0–5 år"</dt><dd>{c.children_0_5}</dd></div>
                <div><dt>"Kommuner"</dt><dd>{c.municipalities}</dd></div>
                <div>
                    <dt>"Täckta"</dt>
                    <dd>{format!("{}/{}", c.covered_municipalities, c.municipalities)}</dd>
                </div>
                <div><dt>"Team"</dt><dd>{c.units}</dd></div>
                <div><dt>"Uppdaterad"</dt><dd>{c.updated.unwrap_or_default()}</dd></div>
            </dl>
        </li>
    }
}
