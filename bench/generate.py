"""Generated news archives for the benchmarks: N articles in Ukrainian, Russian and
English, written as one .jsonl archive (never committed; written to a temp dir).

Each article has a title, a date and 9-18 sentences (about 900 characters, a
short news item): position sentences of the
kind the extractor reads (actors demanding, proposing, rejecting, accepting
items of the negotiation), reported speech, and neutral filler, mixed
deterministically from the article number so every run is the same.
"""
from __future__ import annotations

import json
import random
from pathlib import Path

POSITIONS = {
    "uk": [
        "Україна вимагає гарантій безпеки.",
        "Росія відхилила 30-денне припинення вогню.",
        "Україна погодилася на 30-денне припинення вогню.",
        "Європейський Союз запропонував гарантії безпеки для України.",
        "Україна відкинула вимогу про виведення українських військ з чотирьох областей.",
        "Путін відкинув вступ України до НАТО.",
        "Зеленський запропонував обмін полоненими всіх на всіх.",
        "Спеціальний представник Трампа Кіт Келлог запропонував заморозку бойових дій уздовж лінії фронту.",
        "Кремль вимагає скасування санкцій проти Росії.",
        "Президент Зеленський заявив, що Україна не визнає окуповані території російськими.",
    ],
    "ru": [
        "Россия требует снятия санкций.",
        "Россия требует вывода украинских войск из четырёх областей.",
        "США отвергли снятие санкций.",
        "Россия требует признания Крыма российским.",
        "Евросоюз отверг снятие санкций.",
        "Путин отверг вступление Украины в НАТО.",
        "Зеленский предложил обмен пленными.",
        "Кремль согласился на переговоры в Стамбуле.",
        "Москва требует нейтрального статуса Украины.",
    ],
    "en": [
        "Russia proposed the lifting of sanctions.",
        "The United States proposed a 30-day ceasefire.",
        "Ukraine rejected the proposal for a 30-day ceasefire.",
        "Russia demands the withdrawal of Ukrainian troops from four regions.",
        "Zelensky demanded security guarantees for Ukraine.",
        "The Kremlin rejected Ukraine's NATO membership.",
        "The European Union accepted the plan for a prisoner exchange.",
        "Donald Trump demands a ceasefire along the front line.",
    ],
}

FILLER = {
    "uk": [
        "Про це повідомляє видання Financial Times, посилаючись на джерела в Кремлі.",
        "Переговори тривали кілька годин у закритому режимі в одному з готелів Ер-Ріяда.",
        "Експерти оцінюють шанси на домовленість найближчим часом як невисокі.",
        "Білий дім оцінив готовність сторін до переговорів про перемир'я.",
        "Зустріч делегацій запланована на наступний тиждень, але дату ще не оголосили.",
        "Інформацію отримали від чиновника та іншої особи, яка обговорювала це питання.",
        "Світ змінюється, і все може статися, заявив один із співрозмовників видання.",
        "Нагадаємо, що минулого року сторони вже проводили кілька раундів консультацій.",
        "У МЗС відмовилися коментувати ці повідомлення до завершення зустрічі.",
        "Напередодні лідери провели телефонну розмову, яка тривала понад годину.",
        "Аналітики звертають увагу на те, що позиції сторін залишаються далекими.",
        "Читайте також інші новини дня на нашому сайті.",
    ],
    "ru": [
        "Об этом сообщает агентство со ссылкой на источники, знакомые с ходом переговоров.",
        "Переговоры продолжались несколько часов в закрытом режиме.",
        "Эксперты оценивают шансы на соглашение в ближайшее время как низкие.",
        "Встреча делегаций намечена на следующую неделю, но дата пока не объявлена.",
        "В МИД отказались комментировать эти сообщения до окончания встречи.",
        "Накануне лидеры провели телефонный разговор, который длился больше часа.",
        "Аналитики обращают внимание на то, что позиции сторон остаются далекими.",
        "Напомним, что в прошлом году стороны уже провели несколько раундов консультаций.",
        "Источник издания подчеркнул, что окончательного решения пока нет.",
        "Официальный представитель отметил, что работа над документом продолжается.",
        "Ранее о подготовке встречи сообщали несколько западных изданий.",
        "Подробности соглашения пока не раскрываются.",
    ],
    "en": [
        "The talks lasted several hours behind closed doors at a hotel in Riyadh.",
        "Analysts say the chances of a deal in the coming weeks remain slim.",
        "The delegations are due to meet again next week, although no date has been set.",
        "The report cited two officials familiar with the matter.",
        "The foreign ministry declined to comment before the end of the meeting.",
        "The leaders spoke by phone on Tuesday for more than an hour.",
        "Observers note that the positions of the two sides remain far apart.",
        "Last year the two sides held several rounds of consultations without a result.",
        "A spokesperson said that work on the draft document was continuing.",
        "Several Western outlets had earlier reported that a meeting was being prepared.",
        "Details of the proposal have not been made public.",
        "The world is changing and anything can happen, one of the sources said.",
    ],
}

TITLES = {"uk": "Переговори: день {n}", "ru": "Переговоры: день {n}", "en": "Talks: day {n}"}
LANGS = ("uk", "uk", "ru", "en")  # the seed corpus is mostly Ukrainian


def article(n: int) -> dict:
    """Article number n, the same on every run."""
    rng = random.Random(n)
    lang = LANGS[n % len(LANGS)]
    sentences = rng.sample(POSITIONS[lang], k=min(len(POSITIONS[lang]), rng.randint(3, 6)))
    sentences += rng.sample(FILLER[lang], k=rng.randint(6, 12))
    rng.shuffle(sentences)
    paragraphs = [" ".join(sentences[i:i + 3]) for i in range(0, len(sentences), 3)]
    return {
        "title": TITLES[lang].format(n=n),
        "text": "\n\n".join(paragraphs),
        "date": f"2025-{1 + n % 12:02d}-{1 + n % 28:02d}",
        "source": "negograph bench wire",
        "lang": lang,
    }


def write_archive(path: str | Path, n: int) -> Path:
    """Write n articles to a .jsonl archive; returns its path."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as handle:
        for i in range(n):
            handle.write(json.dumps(article(i), ensure_ascii=False) + "\n")
    return path


def sentence_count(n: int) -> int:
    """Sentences in the first n articles (for sentences/s figures)."""
    total = 0
    for i in range(n):
        text = article(i)["text"]
        total += sum(text.count(c) for c in ".!?")
    return total


if __name__ == "__main__":
    import sys

    count = int(sys.argv[2]) if len(sys.argv) > 2 else 10_000
    print(write_archive(sys.argv[1] if len(sys.argv) > 1 else "archive.jsonl", count))
