//! Text basics every stage uses: words compared regardless of case and Swedish letters,
//! Swedish numbers, and names found on word boundaries.

pub mod matching;
pub mod numbers;
pub mod patterns;
pub mod words;
