//! The list side: a notice naming each value of the link that was dropped, the number of
//! offers (a polite live region, so a screen reader hears it after each change), the
//! chosen filters as buttons that remove them with "clear all", for an empty result the
//! filters to loosen and what each gives, and the cards — a keyed list whose cards are kept
//! once drawn, so a change of filters adds and removes only the cards that come and go.

use super::card::offer_card;
use super::labels::{facet_name, filter_name, key_name, option_name};
use super::state::{focus_results, use_explore, RESULTS_HEADING};
use crate::components::layout::use_lang;
use crate::texts::{use_texts, Texts};
use catalog::explore::{Facet, Filter};
use leptos::prelude::*;
use leptos::tachys::view::any_view::AnyViewState;
use leptos::tachys::view::{Mountable, Render};
use std::collections::{HashMap, HashSet};

fn count_text(t: &'static Texts, n: usize) -> String {
    if n == 1 {
        t.explore_count_one.to_string()
    } else {
        t.explore_count(n)
    }
}

#[component]
pub fn Results() -> impl IntoView {
    let t = use_texts();
    let ex = use_explore();
    let count = move || {
        ex.result.with(|r| {
            let mut s = count_text(t, r.hits.len());
            if r.hidden_inactive > 0 {
                s.push_str(". ");
                s.push_str(&t.explore_hidden_inactive(r.hidden_inactive));
            }
            s
        })
    };
    view! {
        <section class="explore__results" aria-labelledby=RESULTS_HEADING>
            <h2 id=RESULTS_HEADING class="visually-hidden" tabindex="-1">{t.explore_results_heading}</h2>
            <Dropped />
            <p class="explore__count" role="status" aria-live="polite">{count}</p>
            <Chosen />
            <Empty />
            <CardList />
        </section>
    }
}

/// The values of the link the page could not use, each named.
#[component]
fn Dropped() -> impl IntoView {
    let t = use_texts();
    let ex = use_explore();
    move || {
        ex.dropped.with(|dropped| {
            (!dropped.is_empty()).then(|| {
                let items = dropped
                    .iter()
                    .map(|d| view! { <li>{t.explore_dropped_value(key_name(t, &d.key), &d.value)}</li> })
                    .collect_view();
                view! {
                    <section class="notice explore__dropped" aria-labelledby="okanda-rubrik">
                        <h2 id="okanda-rubrik">{t.explore_dropped_heading}</h2>
                        <p>{t.explore_dropped_intro}</p>
                        <ul>{items}</ul>
                    </section>
                }
            })
        })
    }
}

/// The chosen filters, each a button that removes it, and "clear all".
#[component]
fn Chosen() -> impl IntoView {
    let t = use_texts();
    let ex = use_explore();
    move || {
        let q = ex.query.get();
        let mut chips = Vec::new();
        if !q.text.trim().is_empty() {
            let text = t.explore_text_chip(&q.text);
            chips.push(chip(t, text, move || ex.apply(|q| q.remove(Filter::Text))));
        }
        for facet in Facet::CHOSEN {
            for value in q.chosen(facet) {
                let data_name = ex.offers.with_value(|o| {
                    o.options(facet)
                        .iter()
                        .find(|opt| opt.value == value)
                        .and_then(|opt| opt.name.clone())
                });
                let (label, _) = option_name(t, facet, value, data_name.as_deref());
                let text = format!("{}: {label}", facet_name(t, facet));
                let value = value.to_string();
                chips.push(chip(t, text, move || ex.apply(|q| q.toggle(facet, &value))));
            }
        }
        if q.include_inactive {
            chips.push(chip(t, t.explore_show_inactive.to_string(), move || {
                ex.apply(|q| q.include_inactive = false)
            }));
        }
        (!chips.is_empty()).then(|| {
            view! {
                <div class="explore__chosen-filters">
                    <ul class="chips" aria-label=t.explore_chosen_filters>{chips}</ul>
                    <button
                        type="button"
                        class="explore__clear"
                        on:click=move |_| {
                            ex.apply(|q| q.clear_all());
                            focus_results();
                        }
                    >
                        {t.explore_clear_all}
                    </button>
                </div>
            }
        })
    }
}

/// One chosen filter as a button that removes it (`remove`) and moves focus to the results.
fn chip(t: &'static Texts, text: String, remove: impl Fn() + 'static) -> AnyView {
    view! {
        <li>
            <button
                type="button"
                class="chip"
                aria-label=t.explore_remove(&text)
                on:click=move |_| {
                    remove();
                    focus_results();
                }
            >
                {text.clone()}
                <span aria-hidden="true">" ×"</span>
            </button>
        </li>
    }
    .into_any()
}

/// No card passes: say so, and offer each filter to loosen with what it would give.
#[component]
fn Empty() -> impl IntoView {
    let t = use_texts();
    let ex = use_explore();
    move || {
        ex.result.with(|r| {
            r.hits.is_empty().then(|| {
                // Only the filters whose removal brings cards back.
                let loosen: Vec<_> = r.loosen.iter().filter(|l| l.hits > 0).collect();
                let options = loosen
                    .iter()
                    .map(|l| {
                        let filter = l.filter;
                        let label = match filter {
                            Filter::Facet(Facet::Status) => {
                                t.explore_loosen_inactive(count_text(t, l.hits))
                            }
                            f => t.explore_loosen(filter_name(t, f), count_text(t, l.hits)),
                        };
                        view! {
                            <li>
                                <button
                                    type="button"
                                    on:click=move |_| {
                                        ex.apply(|q| q.remove(filter));
                                        focus_results();
                                    }
                                >
                                    {label}
                                </button>
                            </li>
                        }
                    })
                    .collect_view();
                let loosen = (!loosen.is_empty()).then(|| {
                    view! {
                        <p>{t.explore_loosen_intro}</p>
                        <ul class="explore__loosen">{options}</ul>
                    }
                });
                view! {
                    <div class="notice explore__empty">
                        <p>{t.explore_empty}</p>
                        {loosen}
                    </div>
                }
            })
        })
    }
}

/// How many cards are drawn at first, and added by each press of "show more": drawing every
/// card of a large result would make each change of filters slow on a phone. 30, not 50:
/// building a new text's first cards was the slowest change (p95 17.9 ms at 50 cards,
/// against a 16 ms target); 30 cards are still several screens on a desktop.
const PAGE: usize = 30;

/// The cards of the result, in its order: the first `PAGE`, then more on request (focus
/// goes to the first card added). A card once drawn is kept while it is out of the list
/// (`CardCache`), so a filter undone or a word cleared shows its cards again without
/// building them anew; the list's DOM changes only where cards come, go or move.
#[component]
fn CardList() -> impl IntoView {
    let t = use_texts();
    let lang = use_lang();
    let ex = use_explore();
    let shown = RwSignal::new(PAGE);
    // A new result starts again from its first page.
    Effect::watch(
        move || ex.result.track(),
        move |_, _, _| shown.set(PAGE),
        false,
    );
    let total = move || ex.result.with(|r| r.hits.len());
    let more = move || {
        let left = total().saturating_sub(shown.get());
        (left > 0).then(|| {
            view! {
                <p class="explore__more">
                    <span>{t.explore_showing(shown.get().min(total()), total())}</span>
                    " "
                    <button
                        type="button"
                        on:click=move |_| {
                            let first_new = shown.get_untracked();
                            shown.update(|n| *n += PAGE);
                            focus_card(first_new);
                        }
                    >
                        {t.explore_show_more(left.min(PAGE))}
                    </button>
                </p>
            }
        })
    };
    let list = NodeRef::<leptos::html::Ul>::new();
    let owner = Owner::current().expect("a component has an owner");
    let cache = StoredValue::new_local(CardCache::default());
    Effect::new(move || {
        let wanted: Vec<usize> = ex
            .result
            .with(|r| r.hits.iter().take(shown.get()).copied().collect());
        let Some(ul) = list.get() else {
            return;
        };
        let build = |i: usize| {
            let lexicon = ex.lexicon.get_value();
            let card_owner = owner.child();
            let state = card_owner.with(|| {
                untrack(|| {
                    ex.offers
                        .with_value(|o| offer_card(&o.cards()[i], t, lang, &lexicon))
                        .build()
                })
            });
            (state, card_owner)
        };
        cache.update_value(|c| c.show(&ul, &wanted, build));
    });
    view! {
        <ul class="offer-list" id="erbjudanden" node_ref=list></ul>
        {more}
    }
}

/// At most this many cards are kept built (those in the list always are); the least
/// recently shown go first.
const KEPT: usize = 600;

/// The cards drawn so far, by their place in `Offers::cards`, and which are in the list.
#[derive(Default)]
struct CardCache {
    cards: HashMap<usize, KeptCard>,
    /// The list's cards, in order.
    shown: Vec<usize>,
    /// Counts the updates, for "least recently shown".
    clock: u64,
}

struct KeptCard {
    /// Its `li`, in the list or not.
    li: web_sys::Element,
    /// Its view's state and owner, kept alive with it.
    _state: AnyViewState,
    owner: Owner,
    last_shown: u64,
}

impl CardCache {
    /// Makes the list hold these cards in this order: removes the cards that go, inserts
    /// those that come (built by `build` unless kept) and moves those out of place.
    fn show(
        &mut self,
        ul: &web_sys::HtmlUListElement,
        wanted: &[usize],
        build: impl Fn(usize) -> (AnyViewState, Owner),
    ) {
        self.clock += 1;
        let wanted_set: HashSet<usize> = wanted.iter().copied().collect();
        for i in &self.shown {
            if !wanted_set.contains(i) {
                self.cards[i].li.remove();
            }
        }
        // The cards staying, in their order in the list.
        let staying: Vec<usize> = self
            .shown
            .iter()
            .copied()
            .filter(|i| wanted_set.contains(i))
            .collect();
        let mut placed: HashSet<usize> = HashSet::new();
        let mut k = 0;
        for &i in wanted {
            while k < staying.len() && placed.contains(&staying[k]) {
                k += 1;
            }
            placed.insert(i);
            if staying.get(k) == Some(&i) {
                k += 1;
            } else {
                self.cards.entry(i).or_insert_with(|| {
                    let (state, owner) = build(i);
                    let li = state
                        .elements()
                        .into_iter()
                        .next()
                        .expect("a card is one element");
                    KeptCard {
                        li,
                        _state: state,
                        owner,
                        last_shown: 0,
                    }
                });
                let before = staying.get(k).map(|s| &self.cards[s].li);
                let _ = ul.insert_before(&self.cards[&i].li, before.map(|b| b.as_ref()));
            }
            if let Some(card) = self.cards.get_mut(&i) {
                card.last_shown = self.clock;
            }
        }
        self.shown = wanted.to_vec();
        if self.cards.len() > KEPT {
            let mut old: Vec<(u64, usize)> = self
                .cards
                .iter()
                .filter(|(i, _)| !wanted_set.contains(i))
                .map(|(i, c)| (c.last_shown, *i))
                .collect();
            old.sort_unstable();
            for (_, i) in old.into_iter().take(self.cards.len() - KEPT) {
                if let Some(card) = self.cards.remove(&i) {
                    card.owner.cleanup();
                }
            }
        }
    }
}

/// Moves focus to the first link of the card at `index` (0-based) once it is drawn.
fn focus_card(index: usize) {
    request_animation_frame(move || {
        let selector = format!("#erbjudanden > li:nth-child({}) a", index + 1);
        if let Some(link) = document()
            .query_selector(&selector)
            .ok()
            .flatten()
            .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok())
        {
            let _ = link.focus();
        }
    });
}
