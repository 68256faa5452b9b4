"""Extraction throughput against a tokenize + lemmatize baseline, measured in the same run.

A corpus of generated articles (default 2,000) is built from varied sentences in
uk, ru and en (positions, facts, quotes, noise). The baseline pass is the plain
tokenize + lemmatize pass any lemma-based extractor starts from: tokenize-uk
splits sentences and words, pymorphy3 (uk, ru) or simplemma (en) lemmatizes each
word. A second reference is the extractor's own first stage alone (its cached
tokenizer and morphology), so the rules' own cost shows too. All passes run on
one core, after a warm-up on 30 articles.

    python bench/bench_extract.py [--articles 2000]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from graph.extract import extract_article
from graph.extract.morph import tokenize
from graph.extract.sentences import article_sentences
from graph.models import Article

ACTORS = {
    "uk": [
        "Путін",
        "Зеленський",
        "Трамп",
        "Кремль",
        "Київ",
        "Білий дім",
        "Макрон",
        "Ердоган",
        "Орбан",
        "Пєсков",
        "Рубіо",
        "Віткофф",
    ],
    "ru": [
        "Путин",
        "Зеленский",
        "Трамп",
        "Кремль",
        "Киев",
        "Белый дом",
        "Макрон",
        "Эрдоган",
        "Орбан",
        "Песков",
        "Рубио",
        "Уиткофф",
    ],
    "en": [
        "Putin",
        "Zelensky",
        "Trump",
        "The Kremlin",
        "Kyiv",
        "The White House",
        "Macron",
        "Erdogan",
        "Orban",
        "Peskov",
        "Rubio",
        "Witkoff",
    ],
}
PATTERNS = {
    "uk": [
        "{a} вимагає {i}.",
        "{a} запропонував {i}.",
        "{a} відхилив {i}, назвавши це капітуляцією.",
        "{a} погодився на {i}.",
        "{a} готовий до {i}, якщо {b} погодиться на {j}.",
        "{a} не вимагав {i}.",
        "За словами джерел, {a} хоче {i}.",
        "{a} заявив, що переговори тривають.",
        "Читайте також: новини дня",
    ],
    "ru": [
        "{a} требует {i}.",
        "{a} предложил {i}.",
        "{a} отверг {i}.",
        "{a} согласился на {i}.",
        "{a} готов к {i}, если {b} согласится на {j}.",
        "{a} не требовал {i}.",
        "Как пишет издание, {a} хочет {i}.",
        "{a} сообщил, что встреча состоится в пятницу.",
    ],
    "en": [
        "{a} demanded {i}.",
        "{a} proposed {i}.",
        "{a} rejected {i} as unacceptable.",
        "{a} agreed to {i}.",
        "{a} is ready to discuss {i} if {b} accepts {j}.",
        "{a} did not demand {i}.",
        "According to officials, {a} wants {i}.",
        "{a} said the talks would continue on Friday.",
        "Read more: what happened next",
    ],
}
ITEMS = {
    "uk": [
        "припинення вогню",
        "вступу України до НАТО",
        "зняття санкцій",
        "гарантій безпеки",
        "обміну полоненими",
        "виборів в Україні",
        "виведення військ з Донбасу",
    ],
    "ru": [
        "прекращения огня",
        "вступления Украины в НАТО",
        "снятия санкций",
        "гарантий безопасности",
        "обмена пленными",
        "выборов на Украине",
        "вывода войск из Донбасса",
    ],
    "en": [
        "a 30-day ceasefire",
        "Ukraine's NATO membership",
        "sanctions relief",
        "security guarantees",
        "a prisoner exchange",
        "elections in Ukraine",
        "withdrawal from Donbas",
    ],
}


def make_corpus(count: int, seed: int = 7) -> list[Article]:
    """Articles of 8-20 sentences each, languages in turn."""
    rng = random.Random(seed)
    articles = []
    for n in range(count):
        lang = ("uk", "ru", "en")[n % 3]
        lines = [f"Article {n}"]
        for _ in range(rng.randint(8, 20)):
            pattern = rng.choice(PATTERNS[lang])
            a, b = rng.sample(ACTORS[lang], 2)
            i, j = rng.sample(ITEMS[lang], 2)
            lines.append(pattern.format(a=a, b=b, i=i, j=j))
        articles.append(Article(id=f"bench-{n}", text="\n".join(lines), title=lines[0], lang=lang))
    return articles


def baseline(articles: list[Article]) -> int:
    """The plain pass every lemma-based extractor starts with: split sentences and words
    with tokenize-uk, lemmatize each word with pymorphy3 (uk, ru) or simplemma (en).
    Returns the number of sentences."""
    import simplemma
    import tokenize_uk

    from graph.extract.morph import analyzer

    sentences = 0
    for article in articles:
        for paragraph in article.text.split("\n"):
            for sentence in tokenize_uk.tokenize_sents(paragraph):
                for word in tokenize_uk.tokenize_words(sentence):
                    if article.lang == "en":
                        simplemma.lemmatize(word, lang="en")
                    else:
                        analyzer(article.lang).parse(word)[0].normal_form
                sentences += 1
    return sentences


def cached_morphology(articles: list[Article]) -> int:
    """The extractor's own first stage alone: sentences, tokens and cached analyses."""
    sentences = 0
    for article in articles:
        for sentence in article_sentences(article):
            tokenize(sentence.text, article.lang)
            sentences += 1
    return sentences


def extraction(articles: list[Article]) -> int:
    statements = 0
    for article in articles:
        statements += len(extract_article(article))
    return statements


def run(count: int = 2000) -> dict[str, float]:
    """Measure the three passes on one corpus; returns the figures (sentences/s, ratio)."""
    articles = make_corpus(count)
    extraction(articles[:30])  # warm-up: load lexicons and dictionaries
    baseline(articles[:30])
    start = time.perf_counter()
    baseline(articles)
    base_seconds = time.perf_counter() - start
    start = time.perf_counter()
    sentences = cached_morphology(articles)
    morph_seconds = time.perf_counter() - start
    start = time.perf_counter()
    statements = extraction(articles)
    extract_seconds = time.perf_counter() - start
    return {
        "articles": count,
        "sentences": sentences,
        "statements": statements,
        "baseline_s": base_seconds,
        "morph_s": morph_seconds,
        "extract_s": extract_seconds,
        "baseline_sps": sentences / base_seconds,
        "morph_sps": sentences / morph_seconds,
        "extract_sps": sentences / extract_seconds,
        "ratio": extract_seconds / base_seconds,
        "morph_ratio": extract_seconds / morph_seconds,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    args = parser.parse_args()
    r = run(args.articles)
    print(
        f"corpus: {r['articles']} articles, {r['sentences']} sentences, {r['statements']} statements"
    )
    print(
        f"baseline  tokenize-uk + pymorphy3/simplemma: {r['baseline_sps']:9.0f} sentences/s ({r['baseline_s']:.2f} s)"
    )
    print(
        f"extractor's cached tokens + morphology:     {r['morph_sps']:9.0f} sentences/s ({r['morph_s']:.2f} s)"
    )
    print(
        f"extraction (full extractor):                {r['extract_sps']:9.0f} sentences/s ({r['extract_s']:.2f} s)"
    )
    print(
        f"cost ratio extraction/baseline: {r['ratio']:.2f}x (target <= 3x); "
        f"extraction/cached morphology: {r['morph_ratio']:.2f}x; target >= 1,000 sentences/s"
    )


if __name__ == "__main__":
    main()
