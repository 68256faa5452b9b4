"""Breadth: one or two positions per sentence, in the shapes news reports use.

150 sentences written for these tests, 50 each in uk, ru and en, over labour, trade,
climate, debt, coalition, hostage and prisoner, border and water, and war or ceasefire
talks: reported speech, quotes with the speaker after them, spokespeople, modal demands,
offers, refusals, acceptances, conditions, exchanges, calls, threats, nominal phrases and
passives, plus 30 sentences that state no position (facts, forecasts, denials, analysts,
talks that failed). Each expected line is (actor, relation, item): the actor and the item
are given as "|"-separated fragments of which one must be in the statement's id or label
(canonical lexicon items such as "wage rise" or "lowering or lifting tariffs" count);
the relation may list the readings the codebook allows ("call on X to give up Y" demands
the giving up or rejects Y, rule 1). A passage passes when every expected line is found
and no other line is printed (a false line costs as much as a miss).
"""

from __future__ import annotations

import pytest

from graph.extract import extract_article
from graph.models import Article, Statement

# (id, lang, shape, text, [(actor fragments, relations, item fragments)])
PASSAGES = [
    ("en01", "en", "reported", "Unite said that it wants a 6 percent pay rise for bus drivers.", [("unite", "demands", "pay rise|pay")]),
    ("en02", "en", "reported", "The European Commission said that it would not accept any quota on steel exports.", [("commission|eu|european", "rejects", "quota")]),
    ("en03", "en", "reported", "Brazil said that rich countries must triple climate finance by 2030.", [("brazil", "demands", "climate finance|finance")]),
    ("en04", "en", "quote", "\"We will never recognise the occupation of Crimea,\" Zelensky said.", [("zelensky|ukraine", "rejects", "crimea")]),
    ("en05", "en", "quote", "\"We need a deeper haircut from private bondholders,\" Zambia's finance minister said.", [("zambia", "demands", "haircut")]),
    ("en06", "en", "quote", "\"Hamas must release all the hostages before any talks on a truce,\" Netanyahu said.", [("netanyahu|israel", "demands", "hostage")]),
    ("en07", "en", "spokesperson", "Kremlin spokesman Dmitry Peskov said Moscow rejects any deployment of European troops in Ukraine.", [("russia|putin|peskov", "rejects", "troops|reassurance|peacekeep")]),
    ("en08", "en", "spokesperson", "A spokesperson for the US Trade Representative said Washington wants China to buy more soybeans.", [("united-states|trump|greer|ustr", "demands", "soybean")]),
    ("en09", "en", "spokesperson", "A CDU spokesman said the party would not form a coalition with the AfD.", [("cdu", "rejects", "coalition")]),
    ("en10", "en", "modal", "The RMT said the railway operator must reverse the job cuts.", [("rmt", "demands", "job cuts|reverse")]),
    ("en11", "en", "modal", "Egypt insists that Ethiopia must sign a binding agreement on filling the dam.", [("egypt", "demands", "binding agreement|dam")]),
    ("en12", "en", "modal", "India says developed nations should pay for loss and damage.", [("india", "demands", "loss and damage|pay")]),
    ("en13", "en", "offer", "Lufthansa offered pilots a 10 percent raise over three years.", [("lufthansa", "proposes", "raise")]),
    ("en14", "en", "offer", "Qatar offered to host a new round of talks on the hostages.", [("qatar", "proposes", "talks|host")]),
    ("en15", "en", "offer", "China offered Sri Lanka a two-year moratorium on debt repayments.", [("china", "proposes", "moratorium")]),
    ("en16", "en", "refusal", "Russia refused to withdraw its troops from the Zaporizhzhia nuclear plant.", [("russia", "rejects", "withdraw|zaporizhzhia")]),
    ("en17", "en", "refusal", "Ford ruled out any increase in pension contributions.", [("ford", "rejects", "pension")]),
    ("en18", "en", "refusal", "The SPD refused to join a government led by the CDU.", [("spd", "rejects", "government|join")]),
    ("en19", "en", "accept", "Hamas agreed to a 60-day truce in Gaza.", [("hamas", "accepts", "truce|ceasefire")]),
    ("en20", "en", "accept", "Vietnam agreed to buy more American aircraft.", [("vietnam", "accepts", "aircraft")]),
    ("en21", "en", "accept", "The EU accepted a target of cutting emissions by 90 percent by 2040.", [("eu|european", "accepts", "emission|target")]),
    ("en22", "en", "condition", "Russia is ready for a ceasefire if Ukraine stops mobilisation.", [("russia", "proposes", "ceasefire"), ("russia", "demands", "mobilis")]),
    ("en23", "en", "condition", "Verdi will call off the strike if Deutsche Bahn restores overtime pay.", [("verdi", "proposes", "strike"), ("verdi", "demands", "overtime")]),
    ("en24", "en", "condition", "Ghana will resume payments on the condition that creditors accept a 40 percent haircut.", [("ghana", "proposes", "payment"), ("ghana", "demands", "haircut")]),
    ("en25", "en", "exchange", "Israel offered to free 300 Palestinian prisoners in exchange for ten hostages.", [("israel", "proposes", "prisoner"), ("israel", "demands", "hostage")]),
    ("en26", "en", "exchange", "Mexico proposed to curb migration in exchange for a delay of the tariffs.", [("mexico", "proposes", "migration"), ("mexico", "demands", "tariff|delay")]),
    ("en27", "en", "exchange", "Ukraine is ready to hand over Russian soldiers in exchange for its civilians held in Russia.", [("ukraine", "proposes", "soldier|hand over"), ("ukraine", "demands", "civilian")]),
    ("en28", "en", "call", "Kazakhstan called on Uzbekistan to share more water from the Syr Darya.", [("kazakhstan", "demands|proposes", "water")]),
    ("en29", "en", "call", "The UN Secretary-General called for an immediate ceasefire in Sudan.", [("guterres|un", "proposes", "ceasefire")]),
    ("en30", "en", "call", "AOSIS called on major emitters to phase out coal.", [("aosis|small island", "demands|proposes", "coal")]),
    ("en31", "en", "threat", "Trump threatened to impose 50 percent tariffs on EU goods unless Brussels cuts its car duties.", [("trump|united-states", "demands", "car duties|dut")]),
    ("en32", "en", "threat", "The RCN threatened to strike unless ministers raise pay by 10 percent.", [("rcn", "demands", "pay|wage")]),
    ("en33", "en", "threat", "Iran threatened to close the Strait of Hormuz if sanctions are reimposed.", [("iran", "rejects", "sanction")]),
    ("en34", "en", "nominal", "The UAW's demand for a four-day week was dismissed by the carmakers.", [("uaw", "demands", "four-day|week")]),
    ("en35", "en", "nominal", "Hamas's offer to release five hostages came late on Tuesday.", [("hamas", "proposes", "hostage")]),
    ("en36", "en", "nominal", "China's opposition to a carbon border tax has hardened.", [("china", "rejects", "carbon|border tax")]),
    ("en37", "en", "passive", "The peace plan was rejected by Moscow.", [("russia", "rejects", "plan|peace")]),
    ("en38", "en", "passive", "A tariff truce was proposed by Beijing last week.", [("china", "proposes", "truce|tariff")]),
    ("en39", "en", "passive", "The coalition agreement was approved by SPD members.", [("spd", "accepts", "coalition")]),
    ("en40", "en", "accept", "Armenia and Azerbaijan agreed to delimit their border along Soviet-era maps.", [("armenia", "accepts", "delimit|border"), ("azerbaijan", "accepts", "delimit|border")]),
    ("en41", "en", "trap", "Talks between the union and the rail operator failed to produce a deal on Friday.", []),
    ("en42", "en", "trap", "Inflation is expected to fall below 3 percent next year, analysts said.", []),
    ("en43", "en", "trap", "The Kremlin denied that it had sent troops to the border.", []),
    ("en44", "en", "trap", "Negotiators met for six hours in Geneva but failed to agree on a text.", []),
    ("en45", "en", "trap", "Analysts believe Beijing may eventually lift its ban on Japanese seafood.", []),
    ("en46", "en", "trap", "The strike entered its third week, with 40,000 workers off the job.", []),
    ("en47", "en", "trap", "Ghana's debt reached 90 percent of GDP last year.", []),
    ("en48", "en", "trap", "Coalition talks are likely to resume after the summer recess, a party official said.", []),
    ("en49", "en", "trap", "The ceasefire was violated at least 20 times overnight, monitors reported.", []),
    ("en50", "en", "trap", "Egypt and Sudan held talks on the dam in Cairo on Monday.", []),
    ("uk01", "uk", "reported", "Федерація профспілок України заявила, що вимагає підвищення мінімальної зарплати до 10 тисяч гривень.", [("федерац|профспіл|fpu|federatsiia", "demands", "зарплат|wage")]),
    ("uk02", "uk", "reported", "Зеленський заявив, що Україна не визнає окупацію жодних територій.", [("zelensky|ukraine", "rejects", "окупац|recogn")]),
    ("uk03", "uk", "reported", "Польща заявила, що виступає проти імпорту українського зерна.", [("poland", "rejects", "зерн|імпорт|grain")]),
    ("uk04", "uk", "quote", "«Багаті країни мають платити за збитки від зміни клімату», — заявив президент Кенії.", [("kenya|ruto", "demands", "збитк|плат")]),
    ("uk05", "uk", "quote", "«Ми готові обміняти всіх на всіх», — сказав Зеленський.", [("zelensky|ukraine", "proposes", "обмін|обміня|exchange")]),
    ("uk06", "uk", "quote", "«Реструктуризація боргу без списання для нас неприйнятна», — сказав міністр фінансів України.", [("ukraine|marchenko|міністр", "rejects", "реструктуризац|списан")]),
    ("uk07", "uk", "spokesperson", "Речник партії «Слуга народу» заявив, що партія не піде на коаліцію з ОПЗЖ.", [("servant|слуга", "rejects", "коаліц")]),
    ("uk08", "uk", "spokesperson", "Речник МЗС України Георгій Тихий заявив, що Київ відкидає ідею заморожування конфлікту.", [("ukraine|tykhyi|тихий", "rejects", "заморож|freez")]),
    ("uk09", "uk", "spokesperson", "Речниця Єврокомісії повідомила, що ЄС вимагає від Китаю скасувати мита на бренді.", [("eu|european|commission", "demands", "мит|бренді|tariff")]),
    ("uk10", "uk", "modal", "Єгипет наполягає, що Ефіопія має погодити графік наповнення греблі.", [("egypt", "demands", "граф|наповн|гребл")]),
    ("uk11", "uk", "modal", "Незалежна профспілка гірників заявила, що уряд має погасити борги із зарплати шахтарям.", [("профспіл|гірник|miner|profspil", "demands", "борг|зарплат")]),
    ("uk12", "uk", "modal", "Росія повинна вивести війська з усієї території України, наголосив Сибіга.", [("sybiha|ukraine", "demands", "вивед|військ|withdraw")]),
    ("uk13", "uk", "offer", "Україна запропонувала власникам єврооблігацій списати 37% номіналу.", [("ukraine", "proposes", "спис")]),
    ("uk14", "uk", "offer", "Туреччина готова провести новий раунд переговорів у Стамбулі.", [("turkey|türkiye|turkiye", "proposes", "переговор|раунд|talks")]),
    ("uk15", "uk", "offer", "Кабмін запропонував лікарям підвищення зарплат на 20 відсотків.", [("ukraine|кабмін|cabinet", "proposes", "зарплат|підвищ|wage")]),
    ("uk16", "uk", "refusal", "Росія відмовилася від 30-денного перемир'я.", [("russia", "rejects", "перемир|ceasefire")]),
    ("uk17", "uk", "refusal", "Угорщина відмовилася підтримати нові санкції проти Росії.", [("hungary", "rejects", "санкц|sanction")]),
    ("uk18", "uk", "refusal", "«Європейська солідарність» відмовилася входити до коаліції зі «Слугою народу».", [("european-solidarity|солідарн", "rejects", "коаліц")]),
    ("uk19", "uk", "accept", "Україна погодилася на угоду про спільне видобування корисних копалин зі США.", [("ukraine", "accepts", "копалин|mineral|угод")]),
    ("uk20", "uk", "accept", "Китай погодився скоротити викиди метану до 2035 року.", [("china", "accepts", "метан|викид")]),
    ("uk21", "uk", "accept", "Ізраїль погодився на звільнення 600 палестинських в'язнів.", [("israel", "accepts", "в'язн|звільн|prisoner")]),
    ("uk22", "uk", "condition", "Україна готова до перемир'я, якщо Росія припинить удари по енергетиці.", [("ukraine", "proposes", "перемир|ceasefire"), ("ukraine", "demands", "удар|енерг")]),
    ("uk23", "uk", "condition", "Профспілка гірників України припинить страйк за умови, що уряд погасить заборгованість із зарплати.", [("профспіл|гірник|miner|profspil", "proposes", "страйк|strike"), ("профспіл|гірник|miner|profspil", "demands", "заборгован|зарплат")]),
    ("uk24", "uk", "condition", "МВФ виділить новий транш, якщо Україна запровадить податок на посилки.", [("imf", "proposes", "транш"), ("imf", "demands", "податок|посилк")]),
    ("uk25", "uk", "exchange", "Київ пропонує передати Росії полонених в обмін на українських цивільних.", [("ukraine", "proposes", "полонен|передат|prisoner"), ("ukraine", "demands", "цивільн|civilian")]),
    ("uk26", "uk", "exchange", "США пропонують знизити мита в обмін на доступ до ринку сільгосппродукції.", [("united-states|usa", "proposes", "мит|знизит|tariff"), ("united-states|usa", "demands", "доступ|ринк")]),
    ("uk27", "uk", "exchange", "ХАМАС готовий звільнити заручників в обмін на повне виведення ізраїльських військ.", [("hamas", "proposes", "заручник|hostage"), ("hamas", "demands", "вивед|військ|withdraw")]),
    ("uk28", "uk", "call", "Генсек ООН закликав країни G20 відмовитися від вугілля до 2030 року.", [("guterres|un", "proposes|demands|rejects", "вугілл|coal")]),
    ("uk29", "uk", "call", "Зеленський закликав партнерів посилити санкції проти Росії.", [("zelensky|ukraine", "proposes|demands", "санкц|sanction")]),
    ("uk30", "uk", "call", "ФПУ закликала уряд не підвищувати пенсійний вік.", [("фпу|fpu|федерац|профспіл", "rejects", "пенсійн")]),
    ("uk31", "uk", "threat", "Росія погрожує вдарити по Києву, якщо Україна отримає ракети Taurus.", [("russia", "rejects", "taurus|ракет|missile")]),
    ("uk32", "uk", "threat", "Китай пригрозив запровадити мита на європейську свинину, якщо ЄС не скасує мита на електромобілі.", [("china", "demands", "електромоб|мит|tariff")]),
    ("uk33", "uk", "threat", "Профспілка медиків «Будьмо разом» погрожує страйком, якщо МОЗ не підвищить зарплати.", [("будьмо|профспіл|медик|budmo", "demands", "зарплат|wage")]),
    ("uk34", "uk", "nominal", "Вимога Федерації профспілок про індексацію зарплат залишилася без відповіді.", [("федерац|профспіл|fpu|federatsiia", "demands", "індексац|wage")]),
    ("uk35", "uk", "nominal", "Пропозиція Туреччини щодо обміну полоненими лежить на столі.", [("turkey|türkiye|turkiye", "proposes", "обмін|полонен|prisoner")]),
    ("uk36", "uk", "nominal", "Відмова ХАМАС звільнити всіх заручників зірвала переговори.", [("hamas", "rejects", "заручник|hostage")]),
    ("uk37", "uk", "passive", "Пропозицію про податок на судноплавство було відхилено Саудівською Аравією.", [("saudi", "rejects", "судноплав|податок")]),
    ("uk38", "uk", "passive", "План припинення вогню був схвалений урядом України.", [("ukraine", "accepts", "вогн|план|ceasefire")]),
    ("uk39", "uk", "passive", "Умови реструктуризації боргу були відхилені Китаєм.", [("china", "rejects", "реструктуриз")]),
    ("uk40", "uk", "accept", "Вірменія погодилася повернути Азербайджану чотири села.", [("armenia", "accepts", "сел|повер")]),
    ("uk41", "uk", "trap", "Переговори між профспілкою та урядом завершилися без результату.", []),
    ("uk42", "uk", "trap", "Аналітики прогнозують, що Китай може послабити експортні обмеження.", []),
    ("uk43", "uk", "trap", "У Кремлі заперечили, що Росія готує новий наступ.", []),
    ("uk44", "uk", "trap", "Сторони не змогли домовитися щодо тексту декларації.", []),
    ("uk45", "uk", "trap", "Інфляція в Україні сповільнилася до 12 відсотків.", []),
    ("uk46", "uk", "trap", "Страйк на заводі триває вже другий тиждень.", []),
    ("uk47", "uk", "trap", "Зустріч делегацій відбулася в Ер-Ріяді в понеділок.", []),
    ("uk48", "uk", "trap", "Експерти вважають, що угода про зерно може бути продовжена.", []),
    ("uk49", "uk", "trap", "Держборг Єгипту перевищив 90 відсотків ВВП.", []),
    ("uk50", "uk", "trap", "Ізраїль заперечив, що його війська обстрілювали гуманітарний конвой.", []),
    ("ru01", "ru", "reported", "Лавров заявил, что Россия не согласится на размещение европейских миротворцев на Украине.", [("lavrov|russia", "rejects", "миротвор|reassurance|peacekeep")]),
    ("ru02", "ru", "reported", "По словам главы ФНПР, профсоюзы требуют повышения МРОТ.", [("фнпр|fnpr|shmakov|шмаков", "demands", "мрот")]),
    ("ru03", "ru", "reported", "По словам представителя Саудовской Аравии, страна выступает против отказа от ископаемого топлива.", [("saudi", "rejects", "ископаем|fossil")]),
    ("ru04", "ru", "quote", "«Украина должна уйти из Донбасса», — заявил Путин.", [("putin|russia", "demands", "донбас|donbas|withdraw")]),
    ("ru05", "ru", "quote", "«Мы не примем пошлины на российские удобрения», — сказал министр сельского хозяйства России.", [("russia|министр|patrushev", "rejects", "удобрен|пошлин|tariff")]),
    ("ru06", "ru", "quote", "«Все заложники должны быть освобождены немедленно», — заявил Трамп.", [("trump", "demands", "заложник|hostage")]),
    ("ru07", "ru", "spokesperson", "Официальный представитель МИД России Мария Захарова заявила, что Москва отвергает американский мирный план.", [("russia|zakharova|putin", "rejects", "план|plan")]),
    ("ru08", "ru", "spokesperson", "Представитель Минкоммерции КНР заявил, что Пекин требует отменить экспортный контроль на чипы.", [("china", "demands|rejects", "контрол|чип|export-control")]),
    ("ru09", "ru", "spokesperson", "Пресс-секретарь МВФ сообщила, что фонд готов выделить Аргентине новый кредит.", [("imf", "proposes", "кредит")]),
    ("ru10", "ru", "modal", "Китай считает, что развитые страны должны первыми сократить выбросы.", [("china", "demands", "выброс")]),
    ("ru11", "ru", "modal", "Профсоюз «Альтернатива» заявил, что РЖД должна индексировать зарплаты машинистов.", [("альтернатив|профсоюз|alternativa", "demands", "индекс|зарплат|wage")]),
    ("ru12", "ru", "modal", "Таджикистан настаивает, что граница должна проходить по карте 1927 года.", [("tajikistan", "demands", "границ|карт|1927")]),
    ("ru13", "ru", "offer", "Путин предложил провести прямые переговоры с Украиной в Стамбуле.", [("putin|russia", "proposes", "переговор|talks")]),
    ("ru14", "ru", "offer", "Китай предложил Замбии отсрочку выплат по долгу на пять лет.", [("china", "proposes", "отсрочк")]),
    ("ru15", "ru", "offer", "Руководство «АвтоВАЗа» предложило рабочим четырехдневную рабочую неделю.", [("автоваз|avtovaz", "proposes", "четырехднев|недел")]),
    ("ru16", "ru", "refusal", "ХДС отказался вступать в коалицию с «Альтернативой для Германии».", [("cdu", "rejects", "коалиц")]),
    ("ru17", "ru", "refusal", "Украина не согласится на передачу Запорожской АЭС России.", [("ukraine", "rejects", "аэс|запорож|zaporizhzhia|plant")]),
    ("ru18", "ru", "refusal", "Индия отказалась снизить пошлины на американские сельхозтовары.", [("india", "rejects", "пошлин|tariff")]),
    ("ru19", "ru", "accept", "Евросоюз согласился снизить пошлины на американские промышленные товары.", [("eu|european", "accepts", "пошлин|tariff")]),
    ("ru20", "ru", "accept", "Госдума одобрила соглашение о прекращении огня.", [("russia|дума|duma", "accepts", "огн|соглашен|ceasefire")]),
    ("ru21", "ru", "accept", "ХАМАС принял предложение посредников об освобождении заложников.", [("hamas", "accepts", "заложник|предложен|hostage")]),
    ("ru22", "ru", "condition", "Россия готова к перемирию при условии прекращения поставок оружия Украине.", [("russia", "proposes", "перемир|ceasefire"), ("russia", "demands", "оружи|поставок|arms|weapon|military")]),
    ("ru23", "ru", "condition", "Индия поддержит новую цель по финансированию, если развитые страны увеличат взносы.", [("india", "accepts|proposes", "цель|финансир"), ("india", "demands", "взнос")]),
    ("ru24", "ru", "condition", "Парижский клуб согласится на списание долга Шри-Ланки при условии проведения налоговой реформы.", [("paris-club|париж", "accepts|proposes", "списан"), ("paris-club|париж", "demands", "реформ")]),
    ("ru25", "ru", "exchange", "Россия предложила обменять пленных украинских военных на российских солдат, захваченных в Курской области.", [("russia", "proposes", "обмен|пленн|prisoner")]),
    ("ru26", "ru", "exchange", "Израиль освободит палестинских заключенных в обмен на тела заложников.", [("israel", "proposes", "заключен|prisoner"), ("israel", "demands", "тел|заложник|hostage")]),
    ("ru27", "ru", "exchange", "Вашингтон предложил отменить санкции против «Белавиа» в обмен на освобождение политзаключенных.", [("united-states|usa", "proposes", "санкц|белавиа|sanction"), ("united-states|usa", "demands", "политзаключ|освобожд|political prisoner")]),
    ("ru28", "ru", "call", "Генсек ООН призвал Россию и Украину прекратить огонь.", [("guterres|un", "proposes|demands", "огон|огн|ceasefire")]),
    ("ru29", "ru", "call", "Макрон призвал страны G7 отказаться от угля к 2030 году.", [("macron|france", "proposes|demands|rejects", "угл|уголь|coal")]),
    ("ru30", "ru", "call", "ФНПР призвала правительство повысить МРОТ до прожиточного минимума.", [("фнпр|fnpr", "proposes|demands", "мрот")]),
    ("ru31", "ru", "threat", "Трамп пригрозил ввести 100-процентные пошлины, если страны БРИКС создадут свою валюту.", [("trump|united-states", "rejects", "валют")]),
    ("ru32", "ru", "threat", "Египет пригрозил военными мерами, если Эфиопия начнет новое заполнение плотины.", [("egypt", "rejects", "заполнен|плотин")]),
    ("ru33", "ru", "threat", "Профсоюз шахтеров Кузбасса пригрозил забастовкой, если зарплаты не будут проиндексированы.", [("профсоюз|шахтер|miner|profsoyuz", "demands", "индекс|зарплат|wage")]),
    ("ru34", "ru", "nominal", "Требование Москвы о нейтралитете Украины остается главным препятствием.", [("russia", "demands", "нейтралит|neutral")]),
    ("ru35", "ru", "nominal", "Предложение Бразилии о фонде защиты тропических лесов получило поддержку.", [("brazil", "proposes", "фонд|лес")]),
    ("ru36", "ru", "nominal", "Отказ СДПГ от союза с «Левыми» осложнил переговоры.", [("spd", "rejects", "союз|левы|linke")]),
    ("ru37", "ru", "passive", "Предложение о создании зоны свободной торговли было отклонено Индией.", [("india", "rejects", "свободн|торгов")]),
    ("ru38", "ru", "passive", "Мирный план был одобрен Киевом.", [("ukraine", "accepts", "план|plan")]),
    ("ru39", "ru", "passive", "Сделка по освобождению заложников была одобрена правительством Израиля.", [("israel", "accepts", "сделк|заложник|hostage")]),
    ("ru40", "ru", "accept", "Киргизия и Таджикистан договорились о делимитации оставшихся участков границы.", [("kyrgyz", "accepts", "делимит|границ"), ("tajik", "accepts", "делимит|границ")]),
    ("ru41", "ru", "trap", "Переговоры в Женеве завершились без какого-либо результата.", []),
    ("ru42", "ru", "trap", "Аналитики ожидают, что ОПЕК+ может продлить сокращение добычи.", []),
    ("ru43", "ru", "trap", "Песков опроверг сообщения о подготовке новой мобилизации.", []),
    ("ru44", "ru", "trap", "Стороны так и не смогли договориться о тексте итогового заявления.", []),
    ("ru45", "ru", "trap", "Забастовка водителей автобусов продолжается третий день.", []),
    ("ru46", "ru", "trap", "Госдолг Аргентины вырос до 400 миллиардов долларов.", []),
    ("ru47", "ru", "trap", "Делегации встретились в Эр-Рияде во вторник.", []),
    ("ru48", "ru", "trap", "По прогнозам экспертов, соглашение может быть подписано к концу года.", []),
    ("ru49", "ru", "trap", "Минобороны России опровергло удар по жилому дому.", []),
    ("ru50", "ru", "trap", "Правительство Германии обсудило бюджет на следующий год.", []),
]

# Known misses left for later, one reason each (strict: a fix must move the case out).
KNOWN = {
    "en01": "bare 'Unite' is not in the actor lexicon (only 'Unite union', 'Unite the Union')",
    "en05": "'need' is no goal verb; the quote speaker 'Zambia's finance minister' is not tied to 'we'",
    "en23": "bare 'Verdi' is not in the actor lexicon",
    "en34": "'the carmakers' resolves to the UAW named before: a false 'UAW rejects'",
    "ru02": "'по словам главы ФНПР, профсоюзы требуют': the unions are no named party",
    "ru03": "'страна' after 'по словам представителя Саудовской Аравии' does not refer back to the state",
}


def read(text: str, lang: str) -> list[Statement]:
    return extract_article(Article(id="t", text=text, lang=lang))


def _fits(actor: str, relations: str, item: str, s: Statement) -> bool:
    return (
        any(a in f"{s.actor.id} {s.actor.label}".lower() for a in actor.split("|"))
        and s.relation in relations.split("|")
        and any(i.lower() in f"{s.item.id} {s.item.label}".lower() for i in item.split("|"))
    )


def _params():
    for pid, lang, shape, text, expected in PASSAGES:
        marks = [pytest.mark.xfail(strict=True, reason=KNOWN[pid])] if pid in KNOWN else []
        yield pytest.param(lang, text, expected, id=f"{pid}-{shape}", marks=marks)


@pytest.mark.parametrize("lang, text, expected", list(_params()))
def test_passage_reads_its_positions_and_nothing_else(lang: str, text: str, expected: list) -> None:
    found = read(text, lang)
    for actor, relations, item in expected:
        assert any(_fits(actor, relations, item, s) for s in found), (actor, relations, item, found)
    extra = [s for s in found if not any(_fits(*e, s) for e in expected)]
    assert not extra, extra


def test_the_set_is_balanced() -> None:
    langs = [p[1] for p in PASSAGES]
    assert len(PASSAGES) == 150 and all(langs.count(lang) == 50 for lang in ("uk", "ru", "en"))
    assert sum(1 for p in PASSAGES if p[2] == "trap") == 30
    assert all(p[4] for p in PASSAGES if p[2] != "trap") and not any(p[4] for p in PASSAGES if p[2] == "trap")


# The breadth rules, on sentences of other negotiations than the passages above:
# (lang, text, [(actor, relation, item fragments)], exact: no other line may be printed)
RULE_CASES = [
    # a threat's trigger: "if Y" rejects Y, "unless Y" / "if not Y" demands Y; the penalty is no offer
    ("en", "The dockworkers' union threatened to walk out if the port automates the terminals.",
     [("dockworkers", "rejects", "automates the terminals")], True),
    ("en", "Beijing threatened retaliation if Washington expands chip curbs.",
     [("china", "rejects", "chip curbs")], True),
    ("uk", "Пекін пригрозив відповіддю, якщо Вашингтон розширить обмеження на чипи.",
     [("china", "rejects", "обмеження на чипи")], True),
    ("ru", "Пекин пригрозил ответными мерами, если Вашингтон расширит ограничения на чипы.",
     [("china", "rejects", "ограничения на чипы")], True),
    ("uk", "Туреччина пригрозила заблокувати вступ Швеції до НАТО, якщо Стокгольм не видасть підозрюваних.",
     [("turkey", "demands", "видасть підозрюваних")], False),
    ("en", "The RCN threatened to strike unless ministers raise pay by 10 percent.",
     [("rcn", "demands", "wage")], True),
    # a future act on a condition or in exchange: proposes the act, demands the condition
    ("en", "Azerbaijan would reopen the road in exchange for a transit corridor.",
     [("azerbaijan", "proposes", "reopen the road"), ("azerbaijan", "demands", "corridor")], True),
    ("uk", "Польща відкриє кордон в обмін на гарантії щодо зерна.",
     [("poland", "proposes", "кордон"), ("poland", "demands", "гарантії щодо зерна")], True),
    ("ru", "Азербайджан откроет дорогу в обмен на транзитный коридор.",
     [("azerbaijan", "proposes", "дорогу"), ("azerbaijan", "demands", "corridor")], True),
    ("uk", "Хамас звільнить заручників, якщо Ізраїль виведе війська.",
     [("hamas", "proposes", "hostage"), ("hamas", "demands", "виведе війська")], True),
    ("en", "The miners will return to work on the condition that the company pays the bonuses.",
     [("miners", "proposes", "strike"), ("miners", "demands", "bonuses")], True),
    ("ru", "Профсоюз «Рассвет» прекратит забастовку при условии, что завод выплатит долги по зарплате.",
     [("rassvet", "proposes", "strike"), ("rassvet", "demands", "долги по зарплате")], True),
    # a "must" clause with its speaker after it and no quote marks: the speaker's demand
    ("en", "Israel must allow aid into Gaza, Macron said on Monday.", [("macron", "demands", "aid")], True),
    ("uk", "Ізраїль має пропустити гуманітарну допомогу, заявив Макрон.", [("macron", "demands", "humanitarian")], True),
    ("ru", "Россия должна вывести войска, подчеркнул Сибига.", [("sybiha", "demands", "вывести войска")], True),
    # no position: a forecast with its "speakers" after it, a threat with a refusal as trigger
    ("ru", "Соглашение должно быть подписано до конца года, считают аналитики.", [], True),
]


@pytest.mark.parametrize("lang, text, expected, exact", RULE_CASES, ids=[f"{c[0]}-{n}" for n, c in enumerate(RULE_CASES)])
def test_breadth_rules_hold_beyond_the_passages(lang: str, text: str, expected: list, exact: bool) -> None:
    found = read(text, lang)
    for actor, relation, item in expected:
        assert any(_fits(actor, relation, item, s) for s in found), (actor, relation, item, found)
    if exact:
        assert not [s for s in found if not any(_fits(*e, s) for e in expected)], found
