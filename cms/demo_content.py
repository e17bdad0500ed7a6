"""Seed content for the Adal annual anti-corruption course.

Pure Python data: course, topics, lessons (en / ru / kk) and the question pool.
Nothing here imports Django; the loader turns these structures into pages,
lessons and quiz questions.
"""

LANGUAGES = ("en", "ru", "kk")


def _t(en, ru, kk):
    """A text in the three course languages."""
    return {"en": en, "ru": ru, "kk": kk}


def _same(value):
    return _t(value, value, value)


def _adilet(doc_id):
    return _t(
        f"https://adilet.zan.kz/eng/docs/{doc_id}",
        f"https://adilet.zan.kz/rus/docs/{doc_id}",
        f"https://adilet.zan.kz/kaz/docs/{doc_id}",
    )


# ---------------------------------------------------------------------------
# Legal acts quoted in "law_article" blocks
# ---------------------------------------------------------------------------

_LAW = {
    "410": {
        "name": _t(
            'Law of the Republic of Kazakhstan No. 410-V "On Combating Corruption"',
            "Закон Республики Казахстан № 410-V «О противодействии коррупции»",
            "«Сыбайлас жемқорлыққа қарсы іс-қимыл туралы» Қазақстан Республикасының № 410-V Заңы",
        ),
        "url": _adilet("Z1500000410"),
    },
    "416": {
        "name": _t(
            'Law of the Republic of Kazakhstan No. 416-V "On Civil Service of the Republic of Kazakhstan"',
            "Закон Республики Казахстан № 416-V «О государственной службе Республики Казахстан»",
            "«Қазақстан Республикасының мемлекеттік қызметі туралы» Қазақстан Республикасының № 416-V Заңы",
        ),
        "url": _adilet("Z1500000416"),
    },
    "153": {
        "name": _t(
            "Decree of the President of the Republic of Kazakhstan No. 153 of 29 December 2015",
            "Указ Президента Республики Казахстан от 29 декабря 2015 года № 153",
            "Қазақстан Республикасы Президентінің 2015 жылғы 29 желтоқсандағы № 153 Жарлығы",
        ),
        "url": _same("https://cis-legislation.com/document.fwx?rgn=82499"),
    },
}


def _art(lang, law, article, text):
    """A "law_article" block for one language."""
    return (
        "law_article",
        {
            "law": _LAW[law]["name"][lang],
            "article": article,
            "text": text,
            "url": _LAW[law]["url"][lang],
        },
    )


# ---------------------------------------------------------------------------
# Sources cited at the foot of the lessons
# S0-S4: the documents the course was built from (no public address)
# W*: public pages
# ---------------------------------------------------------------------------

_SRC = {
    "S0": {
        "title": _t(
            "Report of the anti-corruption seminar of the Aviation Administration of Kazakhstan (21 November 2025)",
            "Отчёт о семинаре по противодействию коррупции Авиационной администрации Казахстана с участием Агентства по делам государственной службы (21 ноября 2025 года)",
            "Қазақстанның авиациялық әкімшілігі мен Мемлекеттік қызмет істері агенттігінің сыбайлас жемқорлыққа қарсы семинары туралы есеп (2025 жылғы 21 қараша)",
        ),
        "url": _same(""),
    },
    "S1": {
        "title": _t(
            "Report of the Chairman of the Anti-Corruption Agency to the President, 2025 (results for 2024)",
            "Доклад Председателя Агентства по противодействию коррупции Главе государства, 2025 год (итоги 2024 года)",
            "Сыбайлас жемқорлыққа қарсы іс-қимыл агенттігі Төрағасының Мемлекет басшысына баяндамасы, 2025 жыл (2024 жылдың қорытындысы)",
        ),
        "url": _same(""),
    },
    "S2": {
        "title": _t(
            "International conference “Countering corruption in the context of globalization”, Astana, 7 December 2018",
            "Международная конференция «Противодействие коррупции в условиях глобализации», Астана, 7 декабря 2018 года",
            "«Жаһандану жағдайында сыбайлас жемқорлыққа қарсы іс-қимыл» халықаралық конференциясы, Астана, 2018 жылғы 7 желтоқсан",
        ),
        "url": _same(""),
    },
    "S3": {
        "title": _t(
            "Explainer on the draft law on bribe offers and a public registry of corruption convicts",
            "Разъяснение законопроекта о криминализации обещания и предложения взятки и о публичном реестре лиц, осуждённых за коррупцию",
            "Параны уәде етуді және ұсынуды қылмыс деп тану және сыбайлас жемқорлық үшін сотталғандардың жария тізілімін құру туралы заң жобасының түсіндірмесі",
        ),
        "url": _same(""),
    },
    "S4": {
        "title": _t(
            "Academic article on Law No. 410-V and the measures of its Article 6",
            "Научная статья о Законе № 410-V «О противодействии коррупции» и мерах его статьи 6",
            "«Сыбайлас жемқорлыққа қарсы іс-қимыл туралы» № 410-V Заң және оның 6-бабындағы шаралар туралы ғылыми мақала",
        ),
        "url": _same(""),
    },
    "W1": {
        "title": _t(
            "Law No. 410-V “On Combating Corruption” — Adilet",
            "Закон № 410-V «О противодействии коррупции» от 18 ноября 2015 года — ИПС «Әділет»",
            "2015 жылғы 18 қарашадағы «Сыбайлас жемқорлыққа қарсы іс-қимыл туралы» № 410-V Заң — «Әділет» АҚЖ",
        ),
        "url": _adilet("Z1500000410"),
    },
    "W5": {
        "title": _t(
            "Law No. 416-V “On Civil Service of the Republic of Kazakhstan” — Adilet",
            "Закон № 416-V «О государственной службе Республики Казахстан» от 23 ноября 2015 года — ИПС «Әділет»",
            "2015 жылғы 23 қарашадағы «Қазақстан Республикасының мемлекеттік қызметі туралы» № 416-V Заң — «Әділет» АҚЖ",
        ),
        "url": _adilet("Z1500000416"),
    },
    "W7": {
        "title": _t(
            "The Astana Times, 9 October 2020: civil servants banned from accepting gifts",
            "The Astana Times, 9 октября 2020 года: запрет государственным служащим принимать подарки",
            "The Astana Times, 2020 жылғы 9 қазан: мемлекеттік қызметшілерге сыйлық алуға тыйым салынды",
        ),
        "url": _same("https://astanatimes.com"),
    },
    "W8": {
        "title": _t(
            "Kinstellar: overview of the 2020 anti-corruption amendments (Mondaq, November 2020)",
            "Kinstellar: обзор антикоррупционных поправок 2020 года (Mondaq, ноябрь 2020 года)",
            "Kinstellar: 2020 жылғы сыбайлас жемқорлыққа қарсы түзетулерге шолу (Mondaq, 2020 жылғы қараша)",
        ),
        "url": _same("https://www.mondaq.com"),
    },
    "W9": {
        "title": _t(
            "eGov.kz: reporting corruption",
            "eGov.kz: как сообщить о коррупции",
            "eGov.kz: сыбайлас жемқорлық туралы хабарлау",
        ),
        "url": _same("https://egov.kz/cms/en/articles/20korrupciu"),
    },
    "W10": {
        "title": _t(
            "eGov.kz: corruption — legal relations",
            "eGov.kz: коррупция — правовые отношения",
            "eGov.kz: сыбайлас жемқорлық — құқықтық қатынастар",
        ),
        "url": _same("https://egov.kz/cms/en/articles/legal_relations/corruption"),
    },
    "W11": {
        "title": _t(
            "korem.kz: definitions of Article 1 of Law No. 410-V and Articles 366–367 of the Criminal Code",
            "korem.kz: понятия статьи 1 Закона № 410-V и статьи 366–367 Уголовного кодекса",
            "korem.kz: № 410-V Заңның 1-бабындағы ұғымдар және Қылмыстық кодекстің 366–367-баптары",
        ),
        "url": _same("https://korem.kz"),
    },
    "W12": {
        "title": _t(
            "enbekshiqazaq.kz, 28 June 2025: how to report corruption and how reporters are protected",
            "enbekshiqazaq.kz, 28 июня 2025 года: как сообщить о коррупции и как защищают заявителей",
            "enbekshiqazaq.kz, 2025 жылғы 28 маусым: сыбайлас жемқорлық туралы қалай хабарлауға болады және хабарлаушылар қалай қорғалады",
        ),
        "url": _same("https://enbekshiqazaq.kz/en/news/385781"),
    },
    "W13": {
        "title": _t(
            "kazface.kz: amounts of rewards for reporting corruption",
            "kazface.kz: размеры поощрения за сообщения о коррупции",
            "kazface.kz: сыбайлас жемқорлық туралы хабарлағаны үшін көтермелеу мөлшері",
        ),
        "url": _same("https://kazface.kz"),
    },
    "W14": {
        "title": _t(
            "Government Decree No. 1131 on rewarding persons who report corruption offences (CIS Legislation)",
            "Постановление Правительства № 1131 о поощрении лиц, сообщивших о коррупционных правонарушениях (CIS Legislation)",
            "Сыбайлас жемқорлық құқық бұзушылық туралы хабарлаған адамдарды көтермелеу туралы Үкіметтің № 1131 қаулысы (CIS Legislation)",
        ),
        "url": _same("https://cis-legislation.com/document.fwx?rgn=83159"),
    },
    "W15": {
        "title": _t(
            "HSE Anti-Corruption Centre: summary of Law No. 273-VI (2019)",
            "Антикоррупционный центр НИУ ВШЭ: обзор Закона № 273-VI (2019 год)",
            "Жоғары экономика мектебінің (НИУ ВШЭ) сыбайлас жемқорлыққа қарсы орталығы: № 273-VI Заңға шолу (2019 жыл)",
        ),
        "url": _same("https://anticor.hse.ru"),
    },
    "W16": {
        "title": _t(
            "HSE Anti-Corruption Centre: summary of Law No. 188-VII of 3 January 2023",
            "Антикоррупционный центр НИУ ВШЭ: обзор Закона № 188-VII от 3 января 2023 года",
            "Жоғары экономика мектебінің (НИУ ВШЭ) сыбайлас жемқорлыққа қарсы орталығы: 2023 жылғы 3 қаңтардағы № 188-VII Заңға шолу",
        ),
        "url": _same("https://anticor.hse.ru"),
    },
    "W17": {
        "title": _t(
            "Transparency International Knowledge Hub: guide to public-sector integrity",
            "Transparency International Knowledge Hub: руководство по добросовестности в публичном секторе",
            "Transparency International Knowledge Hub: мемлекеттік сектордағы адалдық жөніндегі нұсқаулық",
        ),
        "url": _same("https://knowledgehub.transparency.org"),
    },
    "W18": {
        "title": _t(
            "United Nations Convention against Corruption, Article 8 (text)",
            "Конвенция ООН против коррупции, статья 8 (текст)",
            "БҰҰ-ның Сыбайлас жемқорлыққа қарсы конвенциясы, 8-бап (мәтін)",
        ),
        "url": _same("https://inview.nl"),
    },
    "W19": {
        "title": _t(
            "International Code of Conduct for Public Officials, UN General Assembly resolution 51/59 (text)",
            "Международный кодекс поведения государственных должностных лиц, резолюция Генеральной Ассамблеи ООН 51/59 (текст)",
            "Мемлекеттік лауазымды адамдардың халықаралық мінез-құлық кодексі, БҰҰ Бас Ассамблеясының 51/59 қарары (мәтін)",
        ),
        "url": _same("https://wendyrwyatt.blogspot.com"),
    },
    "W20": {
        "title": _t(
            "OECD: Istanbul Action Plan fourth-round monitoring report on Kazakhstan (4 October 2017)",
            "ОЭСР: доклад четвёртого раунда мониторинга Казахстана в рамках Стамбульского плана действий по борьбе с коррупцией (опубликован 4 октября 2017 года)",
            "ЭЫДҰ: Стамбул іс-қимыл жоспары бойынша Қазақстан мониторингінің төртінші раунды туралы баяндама (2017 жылғы 4 қазанда жарияланған)",
        ),
        "url": _same("https://www.oecd.org"),
    },
    "W21": {
        "title": _t(
            "Abstract of a dissertation on the anti-corruption policy of Kazakhstan (apa.kz)",
            "Автореферат диссертации об антикоррупционной политике Казахстана (apa.kz)",
            "Қазақстанның сыбайлас жемқорлыққа қарсы саясаты туралы диссертацияның авторефераты (apa.kz)",
        ),
        "url": _same("https://apa.kz"),
    },
    "W22": {
        "title": _t(
            "Decree of the President No. 153 of 29 December 2015 approving the Ethics Code of civil servants and the Regulation on the Ethics Commissioner (CIS Legislation)",
            "Указ Президента от 29 декабря 2015 года № 153 об утверждении Этического кодекса государственных служащих и Положения об уполномоченном по этике (CIS Legislation)",
            "Мемлекеттік қызметшілердің Әдеп кодексін және Әдеп жөніндегі уәкіл туралы ережені бекіткен Президенттің 2015 жылғы 29 желтоқсандағы № 153 Жарлығы (CIS Legislation)",
        ),
        "url": _same("https://cis-legislation.com/document.fwx?rgn=82499"),
    },
    "W23": {
        "title": _t(
            "State Revenue Department of Abai region: article on the Ethics Code of civil servants",
            "Департамент государственных доходов по области Абай: статья об Этическом кодексе государственных служащих",
            "Абай облысы бойынша Мемлекеттік кірістер департаменті: мемлекеттік қызметшілердің Әдеп кодексі туралы мақала",
        ),
        "url": _same("https://abai.kgd.gov.kz"),
    },
    "W24": {
        "title": _t(
            "Karaganda region akimat: the Ethics Commissioner",
            "Акимат Карагандинской области: уполномоченный по этике",
            "Қарағанды облысының әкімдігі: әдеп жөніндегі уәкіл",
        ),
        "url": _same("https://karaganda-region.gov.kz/en/ethics_02"),
    },
    "W25": {
        "title": _t(
            "ISO 37001:2016 Anti-bribery management systems (EVS catalogue entry)",
            "ISO 37001:2016 «Системы менеджмента борьбы со взяточничеством» (каталог EVS)",
            "ISO 37001:2016 «Параға қарсы менеджмент жүйелері» (EVS каталогы)",
        ),
        "url": _same("https://www.evs.ee"),
    },
    "W26": {
        "title": _t(
            "Supreme Court normative decision No. 8 of 27 November 2015 on corruption crimes — Adilet",
            "Нормативное постановление Верховного Суда от 27 ноября 2015 года № 8 о практике рассмотрения некоторых коррупционных преступлений — ИПС «Әділет»",
            "Жоғарғы Соттың кейбір сыбайлас жемқорлық қылмыстарды қарау практикасы туралы 2015 жылғы 27 қарашадағы № 8 нормативтік қаулысы — «Әділет» АҚЖ",
        ),
        "url": _adilet("P150000008S"),
    },
    "W27": {
        "title": _t(
            "KazTAG: Kazakhstan in the Corruption Perceptions Index 2024",
            "КазТАГ: Казахстан в Индексе восприятия коррупции за 2024 год",
            "ҚазТАГ: Қазақстан 2024 жылғы Сыбайлас жемқорлықты қабылдау индексінде",
        ),
        "url": _same("https://kaztag.info"),
    },
    "W28": {
        "title": _t(
            "GRECO: Joint First and Second Round Evaluation Report on Kazakhstan",
            "ГРЕКО: доклад об оценке Казахстана по объединённым первому и второму раундам",
            "GRECO: Қазақстанды біріктірілген бірінші және екінші раундтар бойынша бағалау туралы баяндама",
        ),
        "url": _same("https://vdocuments.mx"),
    },
    "W29": {
        "title": _t(
            "Anti-Corruption Portal: country profile of Kazakhstan, 2025",
            "Антикоррупционный портал: профиль Казахстана, 2025 год",
            "Сыбайлас жемқорлыққа қарсы портал: Қазақстан профилі, 2025 жыл",
        ),
        "url": _same("https://law.anticor.world"),
    },
}


def _sources(lang, *codes):
    """A "sources" block for one language."""
    return (
        "sources",
        [{"title": _SRC[c]["title"][lang], "url": _SRC[c]["url"][lang]} for c in codes],
    )


# ---------------------------------------------------------------------------
# Course
# ---------------------------------------------------------------------------

COURSE = {
    "slug": "anti-corruption-standards",
    "title": _t(
        "Anti-corruption standards for public servants — annual course",
        "Антикоррупционные стандарты для государственных служащих — ежегодный курс",
        "Мемлекеттік қызметшілерге арналған сыбайлас жемқорлыққа қарсы стандарттар — жыл сайынғы курс",
    ),
    "intro": _t(
        "<p>Every year public servants of Kazakhstan refresh their knowledge of the rules that keep "
        "public office honest. This course walks through those rules in eight short lessons, from the "
        "Law <b>\"On Combating Corruption\"</b> to everyday questions about gifts, relatives, "
        "declarations and reporting.</p>"
        "<p>Each lesson explains the legal provisions in plain language, points to the article of the "
        "law behind each rule and ends with a practical case. At the end of the course you take a "
        "final test that draws questions from every lesson; once you pass it, you receive a "
        "certificate of completion.</p>"
        "<ul><li>8 lessons, about 10 minutes each</li>"
        "<li>case studies drawn from typical situations in state bodies</li>"
        "<li>a final test with questions from every topic</li></ul>",
        "<p>Каждый год государственные служащие Казахстана обновляют знания о правилах, которые "
        "защищают государственную службу от коррупции. Курс разбирает эти правила в восьми коротких "
        "уроках: от Закона <b>«О противодействии коррупции»</b> до повседневных вопросов о подарках, "
        "родственниках, декларациях и сообщениях о нарушениях.</p>"
        "<p>Каждый урок простым языком объясняет нормы закона, указывает статью, на которой основано "
        "правило, и завершается практическим кейсом. В конце курса вы проходите итоговое тестирование "
        "с вопросами по всем урокам; после успешной сдачи выдаётся сертификат о прохождении "
        "обучения.</p>"
        "<ul><li>8 уроков, примерно по 10 минут</li>"
        "<li>кейсы на основе типичных ситуаций в государственных органах</li>"
        "<li>итоговый тест с вопросами по каждой теме</li></ul>",
        "<p>Қазақстанның мемлекеттік қызметшілері жыл сайын мемлекеттік қызметті сыбайлас "
        "жемқорлықтан қорғайтын қағидалар туралы білімін жаңартады. Бұл курс сол қағидаларды сегіз "
        "қысқа сабақта қарастырады: <b>«Сыбайлас жемқорлыққа қарсы іс-қимыл туралы»</b> Заңнан бастап "
        "сыйлықтарға, туыстарға, декларацияларға және хабарлауға қатысты күнделікті сұрақтарға "
        "дейін.</p>"
        "<p>Әр сабақ заң нормаларын қарапайым тілмен түсіндіреді, әр қағиданың негізіндегі заң бабын "
        "көрсетеді және практикалық кейспен аяқталады. Курстың соңында барлық сабақтар бойынша "
        "сұрақтардан тұратын қорытынды тест тапсырасыз; оны сәтті тапсырғаннан кейін оқуды "
        "аяқтағаны туралы сертификат беріледі.</p>"
        "<ul><li>8 сабақ, әрқайсысы шамамен 10 минут</li>"
        "<li>мемлекеттік органдардағы типтік жағдайларға негізделген кейстер</li>"
        "<li>әр тақырып бойынша сұрақтары бар қорытынды тест</li></ul>",
    ),
    "outcomes": _t(
        [
            "Name the main laws, policy documents and international commitments of Kazakhstan on combating corruption.",
            "Recognise corruption and corruption offences and explain who is subject to anti-corruption rules.",
            "Apply the anti-corruption restrictions, including the complete ban on gifts linked to official powers.",
            "Identify a conflict of interest and take the right steps: disclose it in writing and step aside.",
            "Meet financial control duties and know where and how to report corruption safely.",
            "Explain the consequences of corruption offences and the role of the Ethics Code in daily work.",
        ],
        [
            "Называть основные законы, программные документы и международные обязательства Казахстана в сфере противодействия коррупции.",
            "Распознавать коррупцию и коррупционные правонарушения и объяснять, на кого распространяются антикоррупционные правила.",
            "Соблюдать антикоррупционные ограничения, включая полный запрет на подарки, связанные со служебными полномочиями.",
            "Выявлять конфликт интересов и действовать правильно: письменно сообщать о нём и устраняться от решения.",
            "Выполнять требования финансового контроля и знать, где и как безопасно сообщить о коррупции.",
            "Объяснять последствия коррупционных правонарушений и роль Этического кодекса в повседневной работе.",
        ],
        [
            "Қазақстанның сыбайлас жемқорлыққа қарсы іс-қимыл саласындағы негізгі заңдарын, саяси құжаттарын және халықаралық міндеттемелерін атау.",
            "Сыбайлас жемқорлық пен сыбайлас жемқорлық құқық бұзушылықтарды тану және сыбайлас жемқорлыққа қарсы қағидалар кімге қолданылатынын түсіндіру.",
            "Сыбайлас жемқорлыққа қарсы шектеулерді, оның ішінде қызметтік өкілеттіктерге байланысты сыйлықтарға толық тыйымды сақтау.",
            "Мүдделер қақтығысын анықтап, дұрыс әрекет ету: ол туралы жазбаша хабарлау және шешім қабылдаудан шеттеу.",
            "Қаржылық бақылау талаптарын орындау және сыбайлас жемқорлық туралы қайда және қалай қауіпсіз хабарлауға болатынын білу.",
            "Сыбайлас жемқорлық құқық бұзушылықтардың салдарын және Әдеп кодексінің күнделікті жұмыстағы рөлін түсіндіру.",
        ],
    ),
    "estimated_minutes": 90,
}


# ---------------------------------------------------------------------------
# Topics (one per lesson, same order; the final test draws from each)
# ---------------------------------------------------------------------------

TOPICS = [
    {
        "key": "legal-framework",
        "title": _t(
            "Legal framework",
            "Правовая основа",
            "Құқықтық негіздер",
        ),
    },
    {
        "key": "corruption-and-subjects",
        "title": _t(
            "Corruption and its subjects",
            "Коррупция и её субъекты",
            "Сыбайлас жемқорлық және оның субъектілері",
        ),
    },
    {
        "key": "restrictions-and-gifts",
        "title": _t(
            "Restrictions, prohibitions and gifts",
            "Ограничения, запреты и подарки",
            "Шектеулер, тыйымдар және сыйлықтар",
        ),
    },
    {
        "key": "conflict-of-interest",
        "title": _t(
            "Conflict of interest",
            "Конфликт интересов",
            "Мүдделер қақтығысы",
        ),
    },
    {
        "key": "financial-control",
        "title": _t(
            "Financial control and declarations",
            "Финансовый контроль и декларирование",
            "Қаржылық бақылау және декларациялау",
        ),
    },
    {
        "key": "reporting-and-protection",
        "title": _t(
            "Reporting corruption and protection of reporters",
            "Сообщения о коррупции и защита заявителей",
            "Сыбайлас жемқорлық туралы хабарлау және хабарлаушыларды қорғау",
        ),
    },
    {
        "key": "liability",
        "title": _t(
            "Liability and consequences",
            "Ответственность и последствия",
            "Жауаптылық және салдарлар",
        ),
    },
    {
        "key": "ethics-and-culture",
        "title": _t(
            "Ethics and anti-corruption culture",
            "Этика и антикоррупционная культура",
            "Әдеп және сыбайлас жемқорлыққа қарсы мәдениет",
        ),
    },
]


# ---------------------------------------------------------------------------
# Lessons
# ---------------------------------------------------------------------------

_LESSON_1 = {
    "slug": "legal-framework",
    "topic": "legal-framework",
    "title": _t(
        "The legal framework for combating corruption",
        "Правовая основа противодействия коррупции",
        "Сыбайлас жемқорлыққа қарсы іс-қимылдың құқықтық негіздері",
    ),
    "summary": _t(
        "Which laws, policy documents and international commitments shape the anti-corruption rules for public servants, and which changes are planned for 2025–2026.",
        "Какие законы, программные документы и международные обязательства формируют антикоррупционные правила для государственных служащих и какие изменения запланированы на 2025–2026 годы.",
        "Мемлекеттік қызметшілерге арналған сыбайлас жемқорлыққа қарсы қағидаларды қандай заңдар, саяси құжаттар мен халықаралық міндеттемелер айқындайды және 2025–2026 жылдарға қандай өзгерістер жоспарланған.",
    ),
    "body": {
        "en": [
            ("heading", "Why the legal framework matters"),
            ("paragraph",
             "<p>Anti-corruption rules are not informal wishes. They are binding provisions of national "
             "law, reinforced by presidential policy documents and by treaties Kazakhstan has ratified. "
             "Knowing which document regulates what helps you find the right rule quickly.</p>"
             "<p>Kazakhstan has had a dedicated anti-corruption law since 1998. According to an explainer "
             "prepared for the current draft amendments, that first law was one of the earliest of its kind "
             "in the post-Soviet space. Its place is now taken by Law No. 410-V <b>“On Combating "
             "Corruption”</b>, adopted on <b>18 November 2015</b>. Several other acts work alongside it:</p>"
             "<ul><li>the Law “On Civil Service of the Republic of Kazakhstan” No. 416-V of 23 November "
             "2015, which sets restrictions for civil servants;</li>"
             "<li>the Criminal Code and the Code of Administrative Offences, which establish liability for "
             "corruption offences;</li>"
             "<li>decrees of the President, including those approving the anti-corruption policy documents "
             "and the Ethics Code of civil servants.</li></ul>"),
            ("callout", {
                "kind": "tip",
                "text": "Read the law in the Adilet legal information system (adilet.zan.kz), which carries "
                        "the current text in Kazakh, Russian and English. The header of the English page "
                        "shows the number as “410-IV”; the correct number of the Law is 410-V.",
            }),
            ("heading", "What the Law requires the state to do"),
            ("paragraph",
             "<p>Article 6 of the Law lists the measures through which corruption is countered. Most of "
             "them are about prevention rather than punishment. As an academic commentary on the Law "
             "summarises them, they include:</p>"
             "<ul><li>anti-corruption monitoring and analysis of corruption risks;</li>"
             "<li>building an anti-corruption culture and setting anti-corruption standards;</li>"
             "<li>financial control and anti-corruption restrictions;</li>"
             "<li>preventing and settling conflicts of interest;</li>"
             "<li>anti-corruption measures in the business sector;</li>"
             "<li>detecting and investigating corruption offences;</li>"
             "<li>reporting corruption offences and remedying their consequences;</li>"
             "<li>preparing the annual National Anti-Corruption Report.</li></ul>"
             "<p>Lessons 3 to 6 look at several of these measures in detail.</p>"),
            _art("en", "410", "Article 6",
                 "Article 6 lists the measures of combating corruption: monitoring and analysis of "
                 "corruption risks, an anti-corruption culture and standards, financial control, "
                 "restrictions, prevention and settlement of conflicts of interest, measures in business, "
                 "detection and investigation of offences, reporting, remedying consequences and the "
                 "National Anti-Corruption Report."),
            ("heading", "Policy documents: from the Strategy to the Concept"),
            ("paragraph",
             "<p>Laws are complemented by long-term policy documents. The Anti-Corruption Strategy for "
             "2015–2025 set the course for a decade. The current document is the <b>Anti-Corruption Policy "
             "Concept of the Republic of Kazakhstan for 2022–2026</b>, approved by Presidential Decree "
             "No. 802 of 2 February 2022. It sets the directions of work, among them the prevention and "
             "settlement of conflicts of interest.</p>"
             "<p>At a seminar held on 21 November 2025 by the Aviation Administration of Kazakhstan "
             "together with representatives of the Agency for Civil Service Affairs, participants heard "
             "about amendments planned for 2025–2026:</p>"
             "<ul><li>a public registry of persons convicted of corruption;</li>"
             "<li>treating the promise or offer of a bribe as a crime;</li>"
             "<li>rules on conflicts of interest in the civil service and the quasi-public sector;</li>"
             "<li>“follow the money” financial investigations;</li>"
             "<li>liability for failing to take anti-corruption measures;</li>"
             "<li>monitoring how effective anti-corruption measures are.</li></ul>"
             "<p>At the time of that seminar these changes were described as planned. Check the current "
             "text of the law before relying on them.</p>"),
            ("heading", "International commitments"),
            ("paragraph",
             "<p>The United Nations Convention against Corruption (UNCAC) was adopted by General Assembly "
             "resolution 58/4 on 31 October 2003. Kazakhstan ratified it by the Law of 4 May 2008 "
             "No. 31-IV; the Supreme Court recalls this in its normative decision of 27 November 2015 on "
             "corruption crimes. Several articles of the Convention are reflected directly in the rules for "
             "public servants:</p>"
             "<ul><li>Article 7(4): systems that prevent conflicts of interest;</li>"
             "<li>Article 8(2): codes or standards of conduct for public officials;</li>"
             "<li>Article 8(5): declarations of outside activities, employment, investments, assets and "
             "substantial gifts or benefits that may create a conflict of interest;</li>"
             "<li>Article 52(5): financial disclosure systems for public officials.</li></ul>"
             "<p>Kazakhstan also takes part in international monitoring. The OECD report on the fourth "
             "monitoring round under the Istanbul Anti-Corruption Action Plan (2017) recommended a "
             "comprehensive framework for protecting whistleblowers and stronger policies on conflicts of "
             "interest and gifts. Since 16 January 2020 Kazakhstan has been a member of the Council of "
             "Europe's Group of States against Corruption (GRECO). Some organisations in the country apply "
             "the international standard ISO 37001:2016 on anti-bribery management systems; it suits any "
             "type of organisation but covers bribery only, not every form of corruption.</p>"),
            ("key_facts", {
                "title": "Dates to remember",
                "facts": [
                    "1998 — the first dedicated anti-corruption law is adopted.",
                    "4 May 2008 — UNCAC is ratified (Law No. 31-IV).",
                    "18 November 2015 — Law No. 410-V “On Combating Corruption” is adopted.",
                    "23 November 2015 — Law No. 416-V “On Civil Service of the Republic of Kazakhstan” is adopted.",
                    "16 January 2020 — Kazakhstan joins GRECO.",
                    "2 February 2022 — the Anti-Corruption Policy Concept 2022–2026 is approved (Decree No. 802).",
                ],
            }),
            ("case_study", {
                "scenario": "At a team meeting in a regional department, a senior specialist claims that "
                            "anti-corruption rules are “international recommendations” that do not bind "
                            "ordinary employees, and that the planned change on offering a bribe is already "
                            "in force anyway.",
                "questions": [
                    "Which national act is the main source of anti-corruption rules, and when was it adopted?",
                    "What is the legal status of the international commitments the colleague mentions?",
                    "How would you check whether the amendments planned for 2025–2026 have been adopted?",
                ],
                "takeaway": "Anti-corruption rules are binding national law: Law No. 410-V, the Civil "
                            "Service Law and the Criminal Code apply to every civil servant. UNCAC is a "
                            "treaty ratified by Kazakhstan, not a mere recommendation. Planned amendments "
                            "bind only once they are adopted and in force, so check the current text on "
                            "adilet.zan.kz.",
            }),
            _sources("en", "W1", "W5", "S4", "S3", "W21", "S2", "S0", "W26", "W17", "W18", "W20", "W28", "W25"),
        ],
        "ru": [
            ("heading", "Зачем знать правовую основу"),
            ("paragraph",
             "<p>Антикоррупционные правила — не набор неформальных пожеланий. Это обязательные нормы "
             "национального законодательства, которые подкреплены программными документами Главы "
             "государства и ратифицированными Казахстаном международными договорами. Зная, какой документ "
             "что регулирует, вы быстро найдёте нужную норму, когда на службе возникнет реальная "
             "ситуация.</p>"
             "<p>Специальный антикоррупционный закон действует в Казахстане с 1998 года. Согласно "
             "разъяснению к нынешнему законопроекту, он стал одним из первых подобных законов на "
             "постсоветском пространстве. Сегодня его место занимает Закон № 410-V <b>«О противодействии "
             "коррупции»</b>, принятый <b>18 ноября 2015 года</b>. Вместе с ним применяются:</p>"
             "<ul><li>Закон «О государственной службе Республики Казахстан» № 416-V от 23 ноября 2015 года, "
             "который устанавливает ограничения для государственных служащих;</li>"
             "<li>Уголовный кодекс и Кодекс об административных правонарушениях, предусматривающие "
             "ответственность за коррупционные правонарушения;</li>"
             "<li>указы Президента, в том числе утверждающие документы антикоррупционной политики и "
             "Этический кодекс государственных служащих.</li></ul>"),
            ("callout", {
                "kind": "tip",
                "text": "Читайте закон в информационно-правовой системе «Әділет» (adilet.zan.kz): там "
                        "размещён актуальный текст на казахском, русском и английском языках. В заголовке "
                        "английской версии номер указан как «410-IV», правильный номер Закона — 410-V.",
            }),
            ("heading", "Какие меры предусматривает Закон"),
            ("paragraph",
             "<p>Статья 6 Закона перечисляет меры противодействия коррупции. Большинство из них направлено "
             "на предупреждение, а не на наказание. В научном комментарии к Закону они сведены в следующий "
             "перечень:</p>"
             "<ul><li>антикоррупционный мониторинг и анализ коррупционных рисков;</li>"
             "<li>формирование антикоррупционной культуры и антикоррупционные стандарты;</li>"
             "<li>финансовый контроль и антикоррупционные ограничения;</li>"
             "<li>предотвращение и урегулирование конфликта интересов;</li>"
             "<li>антикоррупционные меры в сфере предпринимательства;</li>"
             "<li>выявление и расследование коррупционных правонарушений;</li>"
             "<li>сообщения о коррупционных правонарушениях и устранение их последствий;</li>"
             "<li>подготовка ежегодного Национального доклада о противодействии коррупции.</li></ul>"
             "<p>Последующие уроки курса подробно разбирают часть этих мер: ограничения (урок 3), "
             "конфликт интересов (урок 4), финансовый контроль (урок 5) и сообщения о коррупции "
             "(урок 6).</p>"),
            _art("ru", "410", "Статья 6",
                 "Статья 6 перечисляет меры противодействия коррупции: мониторинг и анализ коррупционных "
                 "рисков, антикоррупционную культуру и стандарты, финансовый контроль, ограничения, "
                 "предотвращение и разрешение конфликта интересов, меры в сфере предпринимательства, "
                 "выявление и расследование правонарушений, сообщения о коррупции, устранение последствий "
                 "и Национальный доклад о противодействии коррупции."),
            ("heading", "Программные документы: от Стратегии к Концепции"),
            ("paragraph",
             "<p>Законы дополняются долгосрочными программными документами. Курс на десятилетие задавала "
             "Антикоррупционная стратегия на 2015–2025 годы. Действующий документ — <b>Концепция "
             "антикоррупционной политики Республики Казахстан на 2022–2026 годы</b>, утверждённая Указом "
             "Президента № 802 от 2 февраля 2022 года. В ней определены направления работы, в том числе "
             "предотвращение и урегулирование конфликта интересов.</p>"
             "<p>На семинаре, который Авиационная администрация Казахстана провела 21 ноября 2025 года с "
             "представителями Агентства по делам государственной службы, участникам рассказали о "
             "поправках, запланированных на 2025–2026 годы:</p>"
             "<ul><li>публичный реестр лиц, осуждённых за коррупцию;</li>"
             "<li>признание обещания или предложения взятки преступлением;</li>"
             "<li>правила о конфликте интересов на государственной службе и в квазигосударственном "
             "секторе;</li>"
             "<li>финансовые расследования по принципу «следуй за деньгами»;</li>"
             "<li>ответственность за непринятие антикоррупционных мер;</li>"
             "<li>мониторинг эффективности антикоррупционных мер.</li></ul>"
             "<p>На момент семинара эти изменения назывались планируемыми. Прежде чем ссылаться на них, "
             "проверьте действующую редакцию закона.</p>"),
            ("heading", "Международные обязательства"),
            ("paragraph",
             "<p>Конвенция Организации Объединённых Наций против коррупции принята резолюцией Генеральной "
             "Ассамблеи 58/4 от 31 октября 2003 года. Казахстан ратифицировал её Законом от 4 мая 2008 года "
             "№ 31-IV; об этом напоминает Верховный Суд в нормативном постановлении от 27 ноября 2015 года "
             "о коррупционных преступлениях. Ряд статей Конвенции прямо отражён в правилах для "
             "государственных служащих:</p>"
             "<ul><li>статья 7 (пункт 4) — системы предотвращения конфликта интересов;</li>"
             "<li>статья 8 (пункт 2) — кодексы и стандарты поведения публичных должностных лиц;</li>"
             "<li>статья 8 (пункт 5) — декларирование внеслужебной деятельности, занятости, инвестиций, "
             "активов, а также существенных подарков и выгод, способных повлечь конфликт интересов;</li>"
             "<li>статья 52 (пункт 5) — системы раскрытия финансовой информации публичными должностными "
             "лицами.</li></ul>"
             "<p>Казахстан участвует и в международном мониторинге. В докладе ОЭСР по итогам четвёртого "
             "раунда мониторинга в рамках Стамбульского плана действий по борьбе с коррупцией (2017 год) "
             "рекомендовано создать комплексную систему защиты лиц, сообщающих о нарушениях, и усилить "
             "политику в отношении конфликта интересов и подарков. С 16 января 2020 года Казахстан — член "
             "Группы государств против коррупции Совета Европы (ГРЕКО). Часть организаций в стране "
             "применяет международный стандарт ISO 37001:2016 о системах менеджмента борьбы со "
             "взяточничеством; он подходит организациям любого типа, но охватывает только взяточничество, "
             "а не все формы коррупции.</p>"),
            ("key_facts", {
                "title": "Даты, которые стоит запомнить",
                "facts": [
                    "1998 год — принят первый специальный антикоррупционный закон.",
                    "4 мая 2008 года — ратифицирована Конвенция ООН против коррупции (Закон № 31-IV).",
                    "18 ноября 2015 года — принят Закон № 410-V «О противодействии коррупции».",
                    "23 ноября 2015 года — принят Закон № 416-V «О государственной службе Республики Казахстан».",
                    "16 января 2020 года — Казахстан вступил в ГРЕКО.",
                    "2 февраля 2022 года — утверждена Концепция антикоррупционной политики на 2022–2026 годы (Указ № 802).",
                ],
            }),
            ("case_study", {
                "scenario": "На совещании в областном департаменте главный специалист заявляет, что "
                            "антикоррупционные правила — это «международные рекомендации», не обязательные "
                            "для рядовых сотрудников, а планируемая норма о предложении взятки всё равно уже "
                            "действует.",
                "questions": [
                    "Какой национальный акт является основным источником антикоррупционных правил и когда он принят?",
                    "Каков правовой статус международных обязательств, о которых говорит коллега?",
                    "Как проверить, приняты ли поправки, запланированные на 2025–2026 годы?",
                ],
                "takeaway": "Антикоррупционные правила — обязательные нормы национального права: Закон "
                            "№ 410-V, Закон о государственной службе и Уголовный кодекс распространяются на "
                            "каждого государственного служащего. Конвенция ООН против коррупции — "
                            "ратифицированный договор, а не пожелание. Планируемые поправки становятся "
                            "обязательными только после принятия и вступления в силу, поэтому сверяйтесь с "
                            "действующим текстом на adilet.zan.kz.",
            }),
            _sources("ru", "W1", "W5", "S4", "S3", "W21", "S2", "S0", "W26", "W17", "W18", "W20", "W28", "W25"),
        ],
        "kk": [
            ("heading", "Құқықтық негіздерді білу не үшін қажет"),
            ("paragraph",
             "<p>Сыбайлас жемқорлыққа қарсы қағидалар — бейресми тілектердің жиынтығы емес. Бұл — ұлттық "
             "заңнаманың міндетті нормалары, оларды Мемлекет басшысының саяси құжаттары мен Қазақстан "
             "ратификациялаған халықаралық шарттар нығайта түседі. Қай құжат нені реттейтінін білсеңіз, "
             "қызметте нақты жағдай туындағанда қажетті норманы тез табасыз.</p>"
             "<p>Қазақстанда сыбайлас жемқорлыққа қарсы арнайы заң 1998 жылдан бері қолданылып келеді. "
             "Қазіргі заң жобасына берілген түсіндірмеге сәйкес, ол посткеңестік кеңістіктегі осындай "
             "алғашқы заңдардың бірі болған. Бүгінде оның орнын 2015 жылғы <b>18 қарашада</b> қабылданған "
             "<b>«Сыбайлас жемқорлыққа қарсы іс-қимыл туралы»</b> № 410-V Заң басты. Онымен бірге мына "
             "актілер қолданылады:</p>"
             "<ul><li>мемлекеттік қызметшілерге шектеулер белгілейтін 2015 жылғы 23 қарашадағы "
             "«Қазақстан Республикасының мемлекеттік қызметі туралы» № 416-V Заң;</li>"
             "<li>сыбайлас жемқорлық құқық бұзушылықтар үшін жауаптылықты көздейтін Қылмыстық кодекс пен "
             "Әкімшілік құқық бұзушылық туралы кодекс;</li>"
             "<li>Президент жарлықтары, оның ішінде сыбайлас жемқорлыққа қарсы саясат құжаттарын және "
             "мемлекеттік қызметшілердің Әдеп кодексін бекіткен жарлықтар.</li></ul>"),
            ("callout", {
                "kind": "tip",
                "text": "Заңды «Әділет» ақпараттық-құқықтық жүйесінен (adilet.zan.kz) оқыңыз: онда "
                        "қолданыстағы мәтін қазақ, орыс және ағылшын тілдерінде берілген. Ағылшынша "
                        "нұсқаның тақырыбында нөмір «410-IV» деп көрсетілген, ал Заңның дұрыс нөмірі — "
                        "410-V.",
            }),
            ("heading", "Заң қандай шараларды көздейді"),
            ("paragraph",
             "<p>Заңның 6-бабында сыбайлас жемқорлыққа қарсы іс-қимыл шаралары тізбектелген. Олардың "
             "басым бөлігі жазалауға емес, алдын алуға бағытталған. Заңға арналған ғылыми түсіндірмеде "
             "бұл шаралар былайша топтастырылған:</p>"
             "<ul><li>сыбайлас жемқорлыққа қарсы мониторинг және сыбайлас жемқорлық тәуекелдерін "
             "талдау;</li>"
             "<li>сыбайлас жемқорлыққа қарсы мәдениетті қалыптастыру және сыбайлас жемқорлыққа қарсы "
             "стандарттар;</li>"
             "<li>қаржылық бақылау және сыбайлас жемқорлыққа қарсы шектеулер;</li>"
             "<li>мүдделер қақтығысының алдын алу және оны реттеу;</li>"
             "<li>кәсіпкерлік саладағы сыбайлас жемқорлыққа қарсы шаралар;</li>"
             "<li>сыбайлас жемқорлық құқық бұзушылықтарды анықтау және тергеу;</li>"
             "<li>сыбайлас жемқорлық құқық бұзушылықтар туралы хабарлау және олардың салдарын жою;</li>"
             "<li>жыл сайынғы Сыбайлас жемқорлыққа қарсы іс-қимыл туралы ұлттық баяндаманы "
             "дайындау.</li></ul>"
             "<p>Курстың келесі сабақтары осы шаралардың бірқатарын толығырақ қарастырады: шектеулер "
             "(3-сабақ), мүдделер қақтығысы (4-сабақ), қаржылық бақылау (5-сабақ) және хабарлау "
             "(6-сабақ).</p>"),
            _art("kk", "410", "6-бап",
                 "6-бап сыбайлас жемқорлыққа қарсы іс-қимыл шараларын тізбелейді: мониторинг және "
                 "сыбайлас жемқорлық тәуекелдерін талдау, сыбайлас жемқорлыққа қарсы мәдениет пен "
                 "стандарттар, қаржылық бақылау, шектеулер, мүдделер қақтығысының алдын алу және оны шешу, "
                 "кәсіпкерлік саладағы шаралар, құқық бұзушылықтарды анықтау және тергеу, хабарлау, "
                 "салдарды жою және Сыбайлас жемқорлыққа қарсы іс-қимыл туралы ұлттық баяндама."),
            ("heading", "Саяси құжаттар: Стратегиядан Тұжырымдамаға дейін"),
            ("paragraph",
             "<p>Заңдарды ұзақ мерзімді саяси құжаттар толықтырады. Он жылдық бағытты 2015–2025 жылдарға "
             "арналған Сыбайлас жемқорлыққа қарсы стратегия айқындады. Қазіргі қолданыстағы құжат — "
             "Президенттің 2022 жылғы 2 ақпандағы № 802 Жарлығымен бекітілген <b>Қазақстан "
             "Республикасының 2022–2026 жылдарға арналған сыбайлас жемқорлыққа қарсы саясатының "
             "тұжырымдамасы</b>. Онда жұмыс бағыттары, соның ішінде мүдделер қақтығысының алдын алу және "
             "оны реттеу белгіленген.</p>"
             "<p>Қазақстанның авиациялық әкімшілігі 2025 жылғы 21 қарашада Мемлекеттік қызмет істері "
             "агенттігінің өкілдерімен бірге өткізген семинарда қатысушыларға 2025–2026 жылдарға "
             "жоспарланған түзетулер туралы айтылды:</p>"
             "<ul><li>сыбайлас жемқорлық үшін сотталған адамдардың жария тізілімі;</li>"
             "<li>параны уәде етуді немесе ұсынуды қылмыс деп тану;</li>"
             "<li>мемлекеттік қызметтегі және квазимемлекеттік сектордағы мүдделер қақтығысы туралы "
             "қағидалар;</li>"
             "<li>«ақшаның ізімен» жүргізілетін қаржылық тергеулер;</li>"
             "<li>сыбайлас жемқорлыққа қарсы шараларды қабылдамағаны үшін жауаптылық;</li>"
             "<li>сыбайлас жемқорлыққа қарсы шаралардың тиімділігін мониторингтеу.</li></ul>"
             "<p>Семинар өткен кезде бұл өзгерістер әлі жоспар ретінде аталды. Оларға сүйенбес бұрын "
             "заңның қолданыстағы редакциясын тексеріңіз.</p>"),
            ("heading", "Халықаралық міндеттемелер"),
            ("paragraph",
             "<p>Біріккен Ұлттар Ұйымының Сыбайлас жемқорлыққа қарсы конвенциясы Бас Ассамблеяның "
             "2003 жылғы 31 қазандағы 58/4 қарарымен қабылданған. Қазақстан оны 2008 жылғы 4 мамырдағы "
             "№ 31-IV Заңмен ратификациялады; бұл туралы Жоғарғы Сот сыбайлас жемқорлық қылмыстар туралы "
             "2015 жылғы 27 қарашадағы нормативтік қаулысында еске салады. Конвенцияның бірқатар баптары "
             "мемлекеттік қызметшілерге арналған қағидаларда тікелей көрініс тапқан:</p>"
             "<ul><li>7-баптың 4-тармағы — мүдделер қақтығысының алдын алу жүйелері;</li>"
             "<li>8-баптың 2-тармағы — мемлекеттік лауазымды адамдардың мінез-құлық кодекстері мен "
             "стандарттары;</li>"
             "<li>8-баптың 5-тармағы — қызметтен тыс жұмысты, басқа жұмысқа орналасуды, инвестицияларды, "
             "активтерді, сондай-ақ мүдделер қақтығысын туғызуы мүмкін елеулі сыйлықтар мен пайданы "
             "декларациялау;</li>"
             "<li>52-баптың 5-тармағы — мемлекеттік лауазымды адамдардың қаржылық ақпаратты ашу "
             "жүйелері.</li></ul>"
             "<p>Қазақстан халықаралық мониторингке де қатысады. ЭЫДҰ-ның Сыбайлас жемқорлыққа қарсы "
             "күрес жөніндегі Стамбул іс-қимыл жоспары бойынша төртінші мониторинг раундының "
             "баяндамасында (2017 жыл) құқық бұзушылық туралы хабарлайтын адамдарды қорғаудың кешенді "
             "жүйесін құру және мүдделер қақтығысы мен сыйлықтарға қатысты саясатты күшейту ұсынылды. "
             "Қазақстан 2020 жылғы 16 қаңтардан бастап Еуропа Кеңесінің Сыбайлас жемқорлыққа қарсы "
             "мемлекеттер тобының (GRECO) мүшесі болып табылады. Елдегі кейбір ұйымдар параға қарсы "
             "менеджмент жүйелері туралы ISO 37001:2016 халықаралық стандартын қолданады; ол кез келген "
             "ұйымға жарамды, бірақ сыбайлас жемқорлықтың барлық нысанын емес, тек парақорлықты "
             "қамтиды.</p>"),
            ("key_facts", {
                "title": "Есте сақтайтын күндер",
                "facts": [
                    "1998 жыл — сыбайлас жемқорлыққа қарсы алғашқы арнайы заң қабылданды.",
                    "2008 жылғы 4 мамыр — БҰҰ-ның Сыбайлас жемқорлыққа қарсы конвенциясы ратификацияланды (№ 31-IV Заң).",
                    "2015 жылғы 18 қараша — «Сыбайлас жемқорлыққа қарсы іс-қимыл туралы» № 410-V Заң қабылданды.",
                    "2015 жылғы 23 қараша — «Қазақстан Республикасының мемлекеттік қызметі туралы» № 416-V Заң қабылданды.",
                    "2020 жылғы 16 қаңтар — Қазақстан GRECO-ға мүше болды.",
                    "2022 жылғы 2 ақпан — 2022–2026 жылдарға арналған сыбайлас жемқорлыққа қарсы саясат тұжырымдамасы бекітілді (№ 802 Жарлық).",
                ],
            }),
            ("case_study", {
                "scenario": "Облыстық департаменттегі кеңесте бас маман сыбайлас жемқорлыққа қарсы "
                            "қағидалар қатардағы қызметкерлерге міндетті емес «халықаралық ұсынымдар» екенін, "
                            "ал пара ұсыну туралы жоспарланған норма қазірдің өзінде күшіне енгенін айтады.",
                "questions": [
                    "Сыбайлас жемқорлыққа қарсы қағидалардың негізгі ұлттық көзі қай акт және ол қашан қабылданды?",
                    "Әріптесіңіз айтып отырған халықаралық міндеттемелердің құқықтық мәртебесі қандай?",
                    "2025–2026 жылдарға жоспарланған түзетулердің қабылданғанын қалай тексеруге болады?",
                ],
                "takeaway": "Сыбайлас жемқорлыққа қарсы қағидалар — ұлттық құқықтың міндетті нормалары: "
                            "№ 410-V Заң, мемлекеттік қызмет туралы Заң және Қылмыстық кодекс әрбір "
                            "мемлекеттік қызметшіге қолданылады. БҰҰ конвенциясы — жай ұсыным емес, Қазақстан "
                            "ратификациялаған шарт. Жоспарланған түзетулер қабылданып, күшіне енгеннен кейін "
                            "ғана міндетті болады, сондықтан adilet.zan.kz сайтындағы қолданыстағы мәтінді "
                            "тексеріңіз.",
            }),
            _sources("kk", "W1", "W5", "S4", "S3", "W21", "S2", "S0", "W26", "W17", "W18", "W20", "W28", "W25"),
        ],
    },
}


_LESSON_2 = {
    "slug": "corruption-and-subjects",
    "topic": "corruption-and-subjects",
    "title": _t(
        "What counts as corruption and who is a subject",
        "Что считается коррупцией и кто её субъект",
        "Сыбайлас жемқорлық деген не және оның субъектісі кім",
    ),
    "summary": _t(
        "The legal definition of corruption, the groups of people it covers and the difference between administrative and criminal corruption offences.",
        "Законодательное определение коррупции, круг лиц, на которых оно распространяется, и разница между административными и уголовными коррупционными правонарушениями.",
        "Сыбайлас жемқорлықтың заңдағы анықтамасы, ол қамтитын адамдар тобы және әкімшілік пен қылмыстық сыбайлас жемқорлық құқық бұзушылықтардың айырмашылығы.",
    ),
    "body": {
        "en": [
            ("heading", "Corruption is a legal term"),
            ("paragraph",
             "<p>In everyday speech “corruption” can mean almost any dishonest behaviour. In law the word "
             "has a precise meaning, and that meaning decides which rules and which liability apply. "
             "Article 1 of Law No. 410-V describes two kinds of conduct. The first is the unlawful use of "
             "official powers, or of the opportunities that come with them, by a person with public status "
             "in order to gain property or non-property benefits and advantages, for that person "
             "<b>or for third parties</b>, directly or through intermediaries. The second is bribing such a "
             "person by handing over benefits or advantages.</p>"),
            _art("en", "410", "Article 1",
                 "Corruption covers the unlawful use of official powers and related opportunities by persons "
                 "holding a responsible public position, persons authorised to perform state functions, "
                 "persons equated to them and officials, when they seek property or non-property benefits "
                 "for themselves or for others, personally or via intermediaries. Bribing these persons by "
                 "granting them benefits and advantages is also corruption."),
            ("paragraph",
             "<p>When you assess a situation, check three elements:</p>"
             "<ol><li><b>Who</b> acts: a person with special public status (see below).</li>"
             "<li><b>What</b> is done: official powers, or opportunities linked to them, are used "
             "unlawfully.</li>"
             "<li><b>Why</b>: to gain a benefit — money, property, services or any other advantage — for "
             "the person or for someone else.</li></ol>"
             "<p>The benefit does not have to reach the official personally. A payment to a relative, to a "
             "friend's company or to a “consultant” acting as a go-between still counts. The person who "
             "offers or hands over the benefit also takes part in corruption.</p>"),
            ("heading", "Who is a subject of anti-corruption rules"),
            ("paragraph",
             "<p>The Law names several groups of people with special status:</p>"
             "<ul><li><b>persons holding a responsible public position</b> — posts established by the "
             "Constitution and laws for the direct exercise of state functions;</li>"
             "<li><b>persons authorised to perform state functions</b> — civil servants, deputies of "
             "maslikhats and persons temporarily performing the duties of a state post;</li>"
             "<li><b>persons equated to them</b>;</li>"
             "<li><b>officials</b>, including people who perform managerial functions in state "
             "organisations and in entities of the quasi-public sector.</li></ul>"),
            ("callout", {
                "kind": "remember",
                "text": "A civil servant is, in the words of the Law, a “person authorised to perform state "
                        "functions”. Every rule in this course applies to you personally, not only to "
                        "senior officials.",
            }),
            ("heading", "Corruption offences: administrative and criminal"),
            ("paragraph",
             "<p>A <b>corruption offence</b> is a guilty, unlawful act that has the features of corruption "
             "and for which the law provides administrative or criminal liability. Less serious offences "
             "are punished under the Code of Administrative Offences; the most serious are crimes under "
             "the Criminal Code. The two best known are:</p>"
             "<ul><li><b>Article 366</b> of the Criminal Code — receiving a bribe;</li>"
             "<li><b>Article 367</b> of the Criminal Code — giving a bribe.</li></ul>"
             "<p>A bribe is not only cash. It may take the form of money, other property, or services and "
             "benefits of a property nature — for example, free repair work, a paid trip or a debt that is "
             "quietly forgiven. What matters is that the benefit is given in exchange for the use of "
             "official position.</p>"),
            ("key_facts", {
                "title": "Where corruption happens",
                "facts": [
                    "According to an academic study of Law No. 410-V, every fourth corruption crime is committed in public procurement.",
                    "In 2024, according to the Anti-Corruption Agency's report to the President, 521 corruption crimes were detected.",
                    "Those crimes involved 257 officials, 141 of them in senior management posts.",
                    "In the same year 366 criminal cases on corruption were sent to court.",
                ],
            }),
            ("heading", "Warning signs in daily work"),
            ("paragraph",
             "<p>Most corruption schemes look ordinary at first glance. Be alert when:</p>"
             "<ul><li>someone whose case you handle offers to pay, help or do a favour for you or your "
             "family;</li>"
             "<li>you are asked to speed up, skip or soften a procedure without a lawful reason;</li>"
             "<li>a payment is to go to a third party — a relative, a “partner” firm or a consultant — "
             "instead of the official budget account;</li>"
             "<li>a service, discount or loan is offered to you on terms that other people do not "
             "get.</li></ul>"
             "<p>In any of these situations, stop, accept nothing and ask for advice. Lesson 6 explains "
             "where and how to report.</p>"),
            ("case_study", {
                "scenario": "The head of a permits unit tells a construction contractor that the building "
                            "permit “could move faster” if the contractor paid a consulting fee to a small "
                            "firm. The firm belongs to the unit head's cousin; the unit head receives nothing "
                            "directly.",
                "questions": [
                    "Does it change the legal assessment that the money goes to a relative's firm rather than to the unit head?",
                    "Which elements of the definition of corruption are present here?",
                    "Who else in this story may be committing a corruption offence?",
                ],
                "takeaway": "Benefits for third parties and payments through intermediaries are expressly "
                            "covered by the definition, so this is corruption. Calling the payment a "
                            "“consulting fee” changes nothing. The contractor who pays also risks liability "
                            "for giving a bribe under Article 367 of the Criminal Code.",
            }),
            ("paragraph",
             "<p>The next lessons show how the law prevents such situations in advance: through "
             "restrictions, conflict-of-interest rules and financial control.</p>"),
            _sources("en", "W1", "W9", "W11", "S4", "S1"),
        ],
        "ru": [
            ("heading", "Коррупция — юридическое понятие"),
            ("paragraph",
             "<p>В быту «коррупцией» называют едва ли не любое нечестное поведение. В законе у этого слова "
             "точное значение, и именно от него зависит, какие правила и какая ответственность применяются. "
             "Статья 1 Закона № 410-V описывает два вида поведения. Первый — незаконное использование "
             "лицом, обладающим публичным статусом, своих должностных (служебных) полномочий и связанных с "
             "ними возможностей для получения имущественных или неимущественных благ и преимуществ для "
             "себя <b>или третьих лиц</b>, лично или через посредников. Второй — подкуп такого лица путём "
             "предоставления ему благ и преимуществ.</p>"),
            _art("ru", "410", "Статья 1",
                 "Коррупция охватывает незаконное использование должностных полномочий и связанных с ними "
                 "возможностей лицами, занимающими ответственную государственную должность, лицами, "
                 "уполномоченными на выполнение государственных функций, лицами, приравненными к ним, и "
                 "должностными лицами, когда они добиваются имущественных или неимущественных благ для себя "
                 "или других лиц лично или через посредников. Подкуп этих лиц путём предоставления им благ "
                 "и преимуществ также является коррупцией."),
            ("paragraph",
             "<p>Оценивая ситуацию, проверьте три элемента:</p>"
             "<ol><li><b>Кто</b> действует: лицо с особым публичным статусом (см. ниже).</li>"
             "<li><b>Что</b> происходит: должностные полномочия или связанные с ними возможности "
             "используются незаконно.</li>"
             "<li><b>Зачем</b>: чтобы получить выгоду — деньги, имущество, услуги или иное преимущество — "
             "для себя или для другого человека.</li></ol>"
             "<p>Выгода не обязательно достаётся самому должностному лицу. Платёж родственнику, фирме "
             "знакомого или «консультанту»-посреднику всё равно учитывается. Тот, кто предлагает или "
             "передаёт выгоду, тоже участвует в коррупции.</p>"),
            ("heading", "Кто является субъектом антикоррупционных норм"),
            ("paragraph",
             "<p>Закон называет несколько групп лиц с особым статусом:</p>"
             "<ul><li><b>лица, занимающие ответственную государственную должность</b>, — должности, "
             "установленные Конституцией и законами для непосредственного исполнения функций "
             "государства;</li>"
             "<li><b>лица, уполномоченные на выполнение государственных функций</b>, — государственные "
             "служащие, депутаты маслихатов и лица, временно исполняющие обязанности по государственной "
             "должности;</li>"
             "<li><b>лица, приравненные к ним</b>;</li>"
             "<li><b>должностные лица</b>, в том числе лица, выполняющие управленческие функции в "
             "государственных организациях и субъектах квазигосударственного сектора.</li></ul>"),
            ("callout", {
                "kind": "remember",
                "text": "Государственный служащий по Закону — «лицо, уполномоченное на выполнение "
                        "государственных функций». Все правила этого курса касаются лично вас, а не только "
                        "руководителей высокого уровня.",
            }),
            ("heading", "Коррупционные правонарушения: административные и уголовные"),
            ("paragraph",
             "<p><b>Коррупционное правонарушение</b> — противоправное виновное деяние, которое обладает "
             "признаками коррупции и за которое закон устанавливает административную или уголовную "
             "ответственность. Менее опасные деяния наказываются по Кодексу об административных "
             "правонарушениях, наиболее опасные являются преступлениями по Уголовному кодексу. Самые "
             "известные из них:</p>"
             "<ul><li><b>статья 366</b> Уголовного кодекса — получение взятки;</li>"
             "<li><b>статья 367</b> Уголовного кодекса — дача взятки.</li></ul>"
             "<p>Взятка — это не только наличные. Ею могут быть деньги, иное имущество, а также услуги и "
             "выгоды имущественного характера: например, бесплатный ремонт, оплаченная поездка или тихо "
             "прощённый долг. Главное — выгода предоставляется в обмен на использование служебного "
             "положения.</p>"),
            ("key_facts", {
                "title": "Где возникает коррупция",
                "facts": [
                    "По данным научного исследования Закона № 410-V, каждое четвёртое коррупционное преступление совершается в сфере государственных закупок.",
                    "По данным доклада Агентства по противодействию коррупции Главе государства, в 2024 году выявлено 521 коррупционное преступление.",
                    "К этим преступлениям причастны 257 должностных лиц, из них 141 — руководящего звена.",
                    "В том же году в суд направлено 366 уголовных дел о коррупции.",
                ],
            }),
            ("heading", "Тревожные признаки в повседневной работе"),
            ("paragraph",
             "<p>Большинство коррупционных схем на первый взгляд выглядят обыденно. Будьте внимательны, "
             "если:</p>"
             "<ul><li>человек, чьё дело вы рассматриваете, предлагает заплатить, помочь или оказать "
             "услугу вам или вашей семье;</li>"
             "<li>вас просят ускорить, пропустить или смягчить процедуру без законного основания;</li>"
             "<li>платёж предлагается перевести третьему лицу — родственнику, фирме-«партнёру» или "
             "консультанту — вместо официального бюджетного счёта;</li>"
             "<li>вам предлагают услугу, скидку или заём на условиях, недоступных другим людям.</li></ul>"
             "<p>В любой из этих ситуаций остановитесь, ничего не принимайте и обратитесь за "
             "консультацией. О том, куда и как сообщить о коррупции, рассказывает урок 6.</p>"),
            ("case_study", {
                "scenario": "Руководитель отдела разрешений говорит строительному подрядчику, что разрешение "
                            "на строительство «может пойти быстрее», если подрядчик оплатит консультационные "
                            "услуги небольшой фирмы. Фирма принадлежит двоюродному брату руководителя; сам "
                            "руководитель напрямую ничего не получает.",
                "questions": [
                    "Меняет ли правовую оценку то, что деньги уходят фирме родственника, а не руководителю?",
                    "Какие элементы определения коррупции здесь присутствуют?",
                    "Кто ещё в этой истории может совершать коррупционное правонарушение?",
                ],
                "takeaway": "Выгода для третьих лиц и платежи через посредников прямо охватываются "
                            "определением, поэтому это коррупция. Название «консультационные услуги» ничего "
                            "не меняет. Подрядчик, который платит, также рискует ответственностью за дачу "
                            "взятки по статье 367 Уголовного кодекса.",
            }),
            ("paragraph",
             "<p>Следующие уроки показывают, как закон предупреждает такие ситуации заранее: через "
             "ограничения, правила о конфликте интересов и финансовый контроль.</p>"),
            _sources("ru", "W1", "W9", "W11", "S4", "S1"),
        ],
        "kk": [
            ("heading", "Сыбайлас жемқорлық — заңдық ұғым"),
            ("paragraph",
             "<p>Күнделікті тілде «сыбайлас жемқорлық» деп кез келген арам әрекетті атай береді. Ал заңда "
             "бұл сөздің нақты мағынасы бар және қандай қағидалар мен қандай жауаптылық қолданылатыны сол "
             "мағынаға байланысты. № 410-V Заңның 1-бабы мінез-құлықтың екі түрін сипаттайды. Біріншісі — "
             "мемлекеттік мәртебесі бар адамның өзі <b>немесе үшінші тұлғалар</b> үшін мүліктік немесе "
             "мүліктік емес игіліктер мен артықшылықтар алу мақсатында лауазымдық (қызметтік) "
             "өкілеттіктерін және олармен байланысты мүмкіндіктерді жеке өзі немесе делдалдар арқылы "
             "заңсыз пайдалануы. Екіншісі — осындай адамға игіліктер мен артықшылықтар беру арқылы оны "
             "параға сатып алу.</p>"),
            _art("kk", "410", "1-бап",
                 "Сыбайлас жемқорлыққа жауапты мемлекеттік лауазымды атқаратын адамдардың, мемлекеттік "
                 "функцияларды орындауға уәкілеттік берілген адамдардың, оларға теңестірілген адамдардың "
                 "және лауазымды адамдардың өзі немесе өзгелер үшін мүліктік не мүліктік емес игіліктер "
                 "алу мақсатында лауазымдық өкілеттіктерін және олармен байланысты мүмкіндіктерді жеке өзі "
                 "немесе делдалдар арқылы заңсыз пайдалануы жатады. Осы адамдарға игіліктер мен "
                 "артықшылықтар беру арқылы оларды параға сатып алу да сыбайлас жемқорлық болып "
                 "табылады."),
            ("paragraph",
             "<p>Жағдайды бағалағанда үш элементті тексеріңіз:</p>"
             "<ol><li><b>Кім</b> әрекет етеді: ерекше мемлекеттік мәртебесі бар адам (төменде "
             "қараңыз).</li>"
             "<li><b>Не</b> болады: лауазымдық өкілеттіктер немесе олармен байланысты мүмкіндіктер "
             "заңсыз пайдаланылады.</li>"
             "<li><b>Не үшін</b>: өзіне немесе басқа біреуге пайда — ақша, мүлік, қызмет көрсету немесе "
             "өзге артықшылық — алу үшін.</li></ol>"
             "<p>Пайда лауазымды адамның өз қолына тиюі міндетті емес. Туысына, танысының фирмасына немесе "
             "делдал ретінде әрекет ететін «кеңесшіге» төленген ақша да есепке алынады. Пайданы ұсынған "
             "немесе берген адам да сыбайлас жемқорлыққа қатысады.</p>"),
            ("heading", "Сыбайлас жемқорлыққа қарсы нормалардың субъектісі кім"),
            ("paragraph",
             "<p>Заң ерекше мәртебесі бар адамдардың бірнеше тобын атайды:</p>"
             "<ul><li><b>жауапты мемлекеттік лауазымды атқаратын адамдар</b> — мемлекеттің "
             "функцияларын тікелей жүзеге асыру үшін Конституция мен заңдарда белгіленген "
             "лауазымдар;</li>"
             "<li><b>мемлекеттік функцияларды орындауға уәкілеттік берілген адамдар</b> — мемлекеттік "
             "қызметшілер, мәслихат депутаттары және мемлекеттік лауазым бойынша міндеттерді уақытша "
             "атқаратын адамдар;</li>"
             "<li><b>оларға теңестірілген адамдар</b>;</li>"
             "<li><b>лауазымды адамдар</b>, оның ішінде мемлекеттік ұйымдарда және квазимемлекеттік сектор "
             "субъектілерінде басқарушылық функцияларды атқаратын адамдар.</li></ul>"),
            ("callout", {
                "kind": "remember",
                "text": "Заң бойынша мемлекеттік қызметші — «мемлекеттік функцияларды орындауға уәкілеттік "
                        "берілген адам». Бұл курстағы барлық қағида жоғары лауазымды басшыларға ғана емес, "
                        "сізге де тікелей қатысты.",
            }),
            ("heading", "Сыбайлас жемқорлық құқық бұзушылықтар: әкімшілік және қылмыстық"),
            ("paragraph",
             "<p><b>Сыбайлас жемқорлық құқық бұзушылық</b> — сыбайлас жемқорлық белгілері бар және заңда "
             "ол үшін әкімшілік немесе қылмыстық жауаптылық көзделген құқыққа қайшы кінәлі іс-әрекет. "
             "Қауіптілігі төмендері Әкімшілік құқық бұзушылық туралы кодекс бойынша жазаланады, ал ең "
             "қауіптілері Қылмыстық кодекс бойынша қылмыс болып табылады. Олардың ішіндегі ең белгілілері:"
             "</p>"
             "<ul><li>Қылмыстық кодекстің <b>366-бабы</b> — пара алу;</li>"
             "<li>Қылмыстық кодекстің <b>367-бабы</b> — пара беру.</li></ul>"
             "<p>Пара — тек қолма-қол ақша емес. Ол ақша, өзге мүлік, сондай-ақ мүліктік сипаттағы "
             "қызметтер мен пайда түрінде болуы мүмкін: мысалы, тегін жөндеу жұмысы, ақысы төленген сапар "
             "немесе үнсіз кешірілген қарыз. Ең бастысы — пайда қызмет бабын пайдаланудың орнына "
             "беріледі.</p>"),
            ("key_facts", {
                "title": "Сыбайлас жемқорлық қай жерде жиі кездеседі",
                "facts": [
                    "№ 410-V Заң туралы ғылыми зерттеуге сәйкес, әрбір төртінші сыбайлас жемқорлық қылмыс мемлекеттік сатып алу саласында жасалады.",
                    "Сыбайлас жемқорлыққа қарсы іс-қимыл агенттігінің Мемлекет басшысына баяндамасына сәйкес, 2024 жылы 521 сыбайлас жемқорлық қылмыс анықталды.",
                    "Бұл қылмыстарға 257 лауазымды адам қатысты болды, олардың 141-і — басшылар.",
                    "Сол жылы сыбайлас жемқорлық туралы 366 қылмыстық іс сотқа жолданды.",
                ],
            }),
            ("heading", "Күнделікті жұмыстағы қауіп белгілері"),
            ("paragraph",
             "<p>Сыбайлас жемқорлық схемаларының көбі алғашқы көзқараста әдеттегі жағдай сияқты көрінеді. "
             "Мына жағдайларда сақ болыңыз:</p>"
             "<ul><li>ісін сіз қарап жатқан адам сізге немесе отбасыңызға ақы төлеуді, көмектесуді "
             "немесе қандай да бір қызмет көрсетуді ұсынады;</li>"
             "<li>сізден заңды негізсіз рәсімді жеделдетуді, өткізіп жіберуді немесе жеңілдетуді "
             "сұрайды;</li>"
             "<li>төлемді ресми бюджет шотының орнына үшінші тұлғаға — туысқа, «серіктес» фирмаға немесе "
             "кеңесшіге — аудару ұсынылады;</li>"
             "<li>сізге басқа адамдарға қолжетімсіз шарттармен қызмет, жеңілдік немесе қарыз ұсынылады."
             "</li></ul>"
             "<p>Осындай жағдайлардың кез келгенінде тоқтаңыз, ештеңе қабылдамаңыз және кеңес сұраңыз. "
             "Қайда және қалай хабарлау керектігі 6-сабақта түсіндіріледі.</p>"),
            ("case_study", {
                "scenario": "Рұқсаттар бөлімінің басшысы құрылыс мердігеріне, егер мердігер шағын фирманың "
                            "консультациялық қызметіне ақы төлесе, құрылысқа рұқсат «тезірек шығуы мүмкін» "
                            "екенін айтады. Фирма басшының немере ағасына тиесілі, ал басшының өзі тікелей "
                            "ештеңе алмайды.",
                "questions": [
                    "Ақшаның басшыға емес, туысының фирмасына түсуі құқықтық бағаны өзгерте ме?",
                    "Мұнда сыбайлас жемқорлық анықтамасының қандай элементтері бар?",
                    "Бұл оқиғада тағы кім сыбайлас жемқорлық құқық бұзушылық жасауы мүмкін?",
                ],
                "takeaway": "Үшінші тұлғаларға берілетін пайда мен делдалдар арқылы төлемдер анықтамада "
                            "тікелей қамтылған, сондықтан бұл — сыбайлас жемқорлық. Төлемді «консультациялық "
                            "қызмет» деп атау ештеңені өзгертпейді. Ақша төлеген мердігер де Қылмыстық "
                            "кодекстің 367-бабы бойынша пара бергені үшін жауапқа тартылуы мүмкін.",
            }),
            ("paragraph",
             "<p>Келесі сабақтар заңның мұндай жағдайлардың алдын қалай алатынын көрсетеді: шектеулер, "
             "мүдделер қақтығысы туралы қағидалар және қаржылық бақылау арқылы.</p>"),
            _sources("kk", "W1", "W9", "W11", "S4", "S1"),
        ],
    },
}


_LESSON_3 = {
    "slug": "restrictions-and-gifts",
    "topic": "restrictions-and-gifts",
    "title": _t(
        "Restrictions and prohibitions, including gifts",
        "Ограничения и запреты, в том числе на подарки",
        "Шектеулер мен тыйымдар, оның ішінде сыйлықтарға",
    ),
    "summary": _t(
        "The anti-corruption restrictions that come with public office: the complete ban on gifts, limits on other paid work, relatives in the same body and accounts abroad.",
        "Антикоррупционные ограничения, связанные с государственной службой: полный запрет на подарки, пределы иной оплачиваемой работы, родственники в одном органе и счета за рубежом.",
        "Мемлекеттік қызметпен бірге келетін сыбайлас жемқорлыққа қарсы шектеулер: сыйлықтарға толық тыйым, өзге ақылы жұмыстың шегі, бір органдағы туыстар және шетелдегі шоттар.",
    ),
    "body": {
        "en": [
            ("heading", "Restrictions you accept with the job"),
            ("paragraph",
             "<p>When you enter the civil service you accept a set of <b>anti-corruption restrictions</b>. "
             "They are not a sign of mistrust: they remove situations in which private gain could steer "
             "official decisions. The main restrictions are set by Law No. 410-V “On Combating "
             "Corruption” and by the Law “On Civil Service of the Republic of Kazakhstan”.</p>"),
            _art("en", "410", "Article 12",
                 "A person authorised to perform state functions may not carry on activity incompatible "
                 "with the post, work together with close relatives where the law forbids it, use service "
                 "information that is not public to gain an advantage, or accept payment, gifts or services "
                 "for acts in the giver's favour that fall within his or her powers or that the post makes "
                 "it possible to bring about."),
            ("heading", "Gifts: the zero-value rule"),
            ("paragraph",
             "<p>Until 2020 the rules tolerated small gifts worth up to 10 monthly calculation indices "
             "(MCI). Amendments signed in October 2020 removed that allowance. Since then a public "
             "servant may not accept a gift <b>of any value</b> for acts that fall within his or her "
             "powers or that the post helps to bring about, and the ban also covers gifts to family "
             "members. Sources give slightly different dates: a press report names 6 October 2020 as the "
             "day the law was signed, while a law-firm briefing dates the change to 18 October 2020.</p>"
             "<p>The test is the link to your powers, not the price. A box of sweets from a supplier "
             "whose contract you monitor falls under the ban just as an expensive watch would.</p>"),
            ("callout", {
                "kind": "warning",
                "text": "“It was cheap”, “it is a holiday tradition” and “it was for my family, not for me” "
                        "are not defences. If anyone connected with your work offers you a gift, decline it "
                        "politely and tell your line manager or the ethics commissioner.",
            }),
            ("paragraph",
             "<p>If a gift is offered or simply left on your desk, a calm routine helps:</p>"
             "<ol><li>decline politely and explain that the law does not allow you to accept it;</li>"
             "<li>if the giver has already gone, do not use the item — inform your line manager in "
             "writing and ask the ethics commissioner for advice;</li>"
             "<li>note the date, the giver and what was offered, so that the facts are on "
             "record.</li></ol>"
             "<p>The same logic applies to non-public service information. Telling a relative about a "
             "tender before it is announced, or sharing inspection plans with a business you know, is a "
             "use of information for gain and is prohibited.</p>"),
            ("heading", "Other paid work and business"),
            _art("en", "416", "Article 13",
                 "Civil servants may not do other paid work, except teaching, scientific or other creative "
                 "activity and service in the military reserve. They may not engage in entrepreneurial "
                 "activity or manage a commercial organisation. Holding securities traded on an organised "
                 "market is allowed, within a limit of five per cent of voting shares."),
            ("paragraph",
             "<p>In practice, lecturing at a university or writing a book is allowed. Running your own "
             "company, managing a commercial firm, advising a bidder in a tender or representing a "
             "company before your own ministry is not.</p>"),
            ("heading", "Relatives in the same body"),
            _art("en", "410", "Article 14",
                 "A person may not hold a post in which he or she is directly subordinate to a spouse, a "
                 "close relative or an in-law. A candidate must disclose such relatives in writing. If the "
                 "situation is not resolved voluntarily within three months, one of them is transferred to "
                 "another post or dismissed."),
            ("heading", "Accounts and valuables abroad"),
            ("paragraph",
             "<p>Article 14-1 of Law No. 410-V adds a further rule: persons covered by it may not hold "
             "accounts in foreign banks or keep cash and valuables there. The aim is to keep the assets "
             "of public servants within reach of national financial control, which lesson 5 "
             "covers.</p>"),
            ("key_facts", {
                "title": "The restrictions in brief",
                "facts": [
                    "No gifts of any value for acts linked to your powers, including gifts to your family.",
                    "No other paid work except teaching, scientific or creative activity and military reserve service.",
                    "No entrepreneurship and no management of commercial organisations.",
                    "No direct subordination to a spouse, close relative or in-law; three months to resolve it voluntarily.",
                    "No use of non-public service information for gain.",
                    "No accounts in foreign banks and no valuables kept there.",
                ],
            }),
            ("case_study", {
                "scenario": "A procurement specialist monitors the delivery contract of an office-supplies "
                            "company. Before New Year the company's manager sends a food hamper and a spa "
                            "voucher with a card: “For your family, no strings attached.”",
                "questions": [
                    "Does the modest value of the hamper make it acceptable?",
                    "Does it matter that the card names the family rather than the specialist?",
                    "What should the specialist do next?",
                ],
                "takeaway": "Both items must be declined. The ban applies to gifts of any value linked to "
                            "powers the specialist holds, and it extends to family members. The specialist "
                            "should refuse or send the items back, inform the line manager and keep a note "
                            "of the contact.",
            }),
            _sources("en", "W1", "W5", "W7", "W8"),
        ],
        "ru": [
            ("heading", "Ограничения, которые вы принимаете вместе с должностью"),
            ("paragraph",
             "<p>Поступая на государственную службу, вы принимаете на себя <b>антикоррупционные "
             "ограничения</b>. Это не знак недоверия: ограничения устраняют ситуации, в которых личная "
             "выгода могла бы влиять на служебные решения. Основные из них установлены Законом № 410-V "
             "«О противодействии коррупции» и Законом «О государственной службе Республики "
             "Казахстан».</p>"),
            _art("ru", "410", "Статья 12",
                 "Лицо, уполномоченное на выполнение государственных функций, не вправе заниматься "
                 "деятельностью, несовместимой с должностью, совместно служить с близкими родственниками в "
                 "случаях, запрещённых законом, использовать в целях выгоды служебную информацию, не "
                 "подлежащую распространению, а также принимать вознаграждения, подарки или услуги за "
                 "действия в пользу дарителя, которые входят в его полномочия или которым он может "
                 "способствовать в силу должности."),
            ("heading", "Подарки: правило нулевой стоимости"),
            ("paragraph",
             "<p>До 2020 года допускались небольшие подарки стоимостью до 10 месячных расчётных "
             "показателей (МРП). Поправки, подписанные в октябре 2020 года, отменили это послабление. С "
             "тех пор государственный служащий не вправе принимать подарок <b>любой стоимости</b> за "
             "действия, входящие в его полномочия или которым способствует его должность, и запрет "
             "распространяется также на подарки членам семьи. Источники называют немного разные даты: "
             "в прессе днём подписания закона указано 6 октября 2020 года, а в обзоре юридической фирмы "
             "изменение датировано 18 октября 2020 года.</p>"
             "<p>Решающее значение имеет связь с вашими полномочиями, а не цена. Коробка конфет от "
             "поставщика, чей договор вы контролируете, подпадает под запрет так же, как дорогие "
             "часы.</p>"),
            ("callout", {
                "kind": "warning",
                "text": "«Это недорого», «такова праздничная традиция» и «это для семьи, а не для меня» — "
                        "не оправдания. Если вам предлагает подарок кто-либо, связанный с вашей работой, "
                        "вежливо откажитесь и сообщите непосредственному руководителю или уполномоченному "
                        "по этике.",
            }),
            ("paragraph",
             "<p>Если подарок предложили или просто оставили на вашем столе, помогает спокойный порядок "
             "действий:</p>"
             "<ol><li>вежливо откажитесь и объясните, что закон не позволяет его принять;</li>"
             "<li>если даритель уже ушёл, не пользуйтесь вещью — письменно сообщите непосредственному "
             "руководителю и обратитесь за советом к уполномоченному по этике;</li>"
             "<li>запишите дату, дарителя и то, что было предложено, чтобы факты были "
             "зафиксированы.</li></ol>"
             "<p>Та же логика действует в отношении непубличной служебной информации. Рассказать "
             "родственнику о конкурсе до его объявления или сообщить знакомому предпринимателю о планах "
             "проверок — значит использовать информацию ради выгоды, а это запрещено.</p>"),
            ("heading", "Иная оплачиваемая работа и бизнес"),
            _art("ru", "416", "Статья 13",
                 "Государственный служащий не вправе заниматься другой оплачиваемой деятельностью, кроме "
                 "педагогической, научной или иной творческой деятельности и службы в военном резерве. Он "
                 "не вправе заниматься предпринимательством и управлять коммерческой организацией. "
                 "Владеть ценными бумагами, обращающимися на организованном рынке, допускается в пределах "
                 "пяти процентов голосующих акций."),
            ("paragraph",
             "<p>На практике читать лекции в университете или писать книгу можно. Вести собственный "
             "бизнес, руководить коммерческой фирмой, консультировать участника конкурса или представлять "
             "компанию в своём же министерстве нельзя.</p>"),
            ("heading", "Родственники в одном органе"),
            _art("ru", "410", "Статья 14",
                 "Лицо не может занимать должность, находясь в непосредственном подчинении у супруга "
                 "(супруги), близкого родственника или свойственника. Кандидат обязан письменно сообщить о "
                 "таких родственниках. Если ситуация не устранена добровольно в течение трёх месяцев, одно "
                 "из этих лиц переводится на другую должность или увольняется."),
            ("heading", "Счета и ценности за рубежом"),
            ("paragraph",
             "<p>Статья 14-1 Закона № 410-V добавляет ещё одно правило: лица, на которых она "
             "распространяется, не вправе иметь счета в иностранных банках и хранить там наличные деньги "
             "и ценности. Цель — сохранить активы государственных служащих в пределах национального "
             "финансового контроля, которому посвящён урок 5.</p>"),
            ("key_facts", {
                "title": "Ограничения коротко",
                "facts": [
                    "Никаких подарков любой стоимости за действия, связанные с вашими полномочиями, в том числе подарков вашей семье.",
                    "Никакой иной оплачиваемой работы, кроме педагогической, научной или творческой деятельности и службы в военном резерве.",
                    "Никакого предпринимательства и управления коммерческими организациями.",
                    "Никакого непосредственного подчинения супругу, близкому родственнику или свойственнику; на добровольное устранение — три месяца.",
                    "Никакого использования непубличной служебной информации ради выгоды.",
                    "Никаких счетов и ценностей в иностранных банках.",
                ],
            }),
            ("case_study", {
                "scenario": "Специалист по государственным закупкам контролирует договор поставки "
                            "канцелярских товаров. Перед Новым годом менеджер компании-поставщика присылает "
                            "продуктовую корзину и сертификат в спа-салон с открыткой: «Для вашей семьи, "
                            "без всяких условий».",
                "questions": [
                    "Делает ли скромная стоимость корзины её допустимой?",
                    "Имеет ли значение, что в открытке упомянута семья, а не сам специалист?",
                    "Что специалисту следует сделать дальше?",
                ],
                "takeaway": "Отказаться нужно от обоих подарков. Запрет действует для подарков любой "
                            "стоимости, связанных с полномочиями специалиста, и распространяется на членов "
                            "семьи. Специалисту следует отказаться или вернуть подарки, сообщить "
                            "непосредственному руководителю и зафиксировать этот контакт.",
            }),
            _sources("ru", "W1", "W5", "W7", "W8"),
        ],
        "kk": [
            ("heading", "Лауазыммен бірге қабылданатын шектеулер"),
            ("paragraph",
             "<p>Мемлекеттік қызметке кіргенде сіз <b>сыбайлас жемқорлыққа қарсы шектеулерді</b> өзіңізге "
             "қабылдайсыз. Бұл сенімсіздік белгісі емес: шектеулер жеке пайда қызметтік шешімдерге ықпал "
             "ете алатын жағдайларды болдырмайды. Олардың негізгілері «Сыбайлас жемқорлыққа қарсы "
             "іс-қимыл туралы» № 410-V Заңда және «Қазақстан Республикасының мемлекеттік қызметі туралы» "
             "Заңда белгіленген.</p>"),
            _art("kk", "410", "12-бап",
                 "Мемлекеттік функцияларды орындауға уәкілеттік берілген адам лауазымымен сыйыспайтын "
                 "қызметпен айналыспауға, заң тыйым салған жағдайларда жақын туыстарымен бірге қызмет "
                 "атқармауға, таратылуға жатпайтын қызметтік ақпаратты пайда табу үшін пайдаланбауға, "
                 "сондай-ақ өз өкілеттігіне кіретін немесе лауазымы арқылы ықпал ете алатын, сыйлық "
                 "берушінің пайдасына жасалатын әрекеттер үшін сыйақы, сыйлық немесе қызмет қабылдамауға "
                 "тиіс."),
            ("heading", "Сыйлықтар: нөлдік құн қағидасы"),
            ("paragraph",
             "<p>2020 жылға дейін құны 10 айлық есептік көрсеткішке (АЕК) дейінгі шағын сыйлықтарға жол "
             "берілетін. 2020 жылғы қазанда қол қойылған түзетулер бұл жеңілдікті жойды. Содан бері "
             "мемлекеттік қызметші өз өкілеттігіне кіретін немесе лауазымы ықпал ететін әрекеттер үшін "
             "<b>кез келген құндағы</b> сыйлықты қабылдай алмайды, әрі тыйым отбасы мүшелеріне берілетін "
             "сыйлықтарға да қолданылады. Дереккөздерде күндер сәл өзгеше: баспасөзде заңға қол қойылған "
             "күн 2020 жылғы 6 қазан деп көрсетілсе, заң фирмасының шолуында өзгеріс 2020 жылғы 18 "
             "қазанмен белгіленген.</p>"
             "<p>Шешуші мән бағада емес, сіздің өкілеттіктеріңізбен байланыста. Шартын сіз бақылайтын "
             "жеткізушіден келген бір қорап кәмпит те қымбат сағат сияқты тыйымға жатады.</p>"),
            ("callout", {
                "kind": "warning",
                "text": "«Арзан ғой», «мерекелік дәстүр» және «бұл маған емес, отбасыма» деген сөздер ақтау "
                        "бола алмайды. Жұмысыңызға қатысы бар біреу сыйлық ұсынса, сыпайы түрде бас "
                        "тартыңыз және тікелей басшыңызға немесе әдеп жөніндегі уәкілге хабарлаңыз.",
            }),
            ("paragraph",
             "<p>Егер сыйлық ұсынылса немесе жай ғана үстеліңізге қалдырылса, мына тәртіппен әрекет ету "
             "көмектеседі:</p>"
             "<ol><li>сыпайы түрде бас тартып, заң оны қабылдауға рұқсат бермейтінін түсіндіріңіз;</li>"
             "<li>егер сыйлық беруші кетіп қалса, затты пайдаланбаңыз — тікелей басшыңызға жазбаша "
             "хабарлап, әдеп жөніндегі уәкілден кеңес сұраңыз;</li>"
             "<li>деректер тіркеліп тұруы үшін күнін, сыйлық берушіні және не ұсынылғанын жазып "
             "қойыңыз.</li></ol>"
             "<p>Дәл осы қисын жария емес қызметтік ақпаратқа да қатысты. Конкурс жарияланғанға дейін ол "
             "туралы туысыңызға айту немесе таныс кәсіпкерге тексеру жоспарларын жеткізу — ақпаратты "
             "пайда табу үшін пайдалану болып табылады, ал бұған тыйым салынған. Мұндай әрекет "
             "адалдыққа да, заңға да қайшы келеді.</p>"),
            ("heading", "Өзге ақылы жұмыс және бизнес"),
            _art("kk", "416", "13-бап",
                 "Мемлекеттік қызметші педагогтік, ғылыми немесе өзге шығармашылық қызметті және әскери "
                 "резервтегі қызметті қоспағанда, басқа ақылы қызметпен айналыспауға тиіс. Ол кәсіпкерлік "
                 "қызметпен айналыспайды және коммерциялық ұйымды басқармайды. Ұйымдастырылған нарықта "
                 "айналыстағы бағалы қағаздарды дауыс беретін акциялардың бес пайызы шегінде иеленуге жол "
                 "беріледі."),
            ("paragraph",
             "<p>Іс жүзінде университетте дәріс оқуға немесе кітап жазуға болады. Ал өз бизнесіңізді "
             "жүргізуге, коммерциялық фирманы басқаруға, конкурс қатысушысына кеңес беруге немесе "
             "компанияның атынан өз министрлігіңізге өкілдік етуге болмайды.</p>"),
            ("heading", "Бір органдағы туыстар"),
            _art("kk", "410", "14-бап",
                 "Адам жұбайына (зайыбына), жақын туысына немесе жекжатына тікелей бағынысты болатын "
                 "лауазымды атқара алмайды. Кандидат мұндай туыстары туралы жазбаша хабарлауға міндетті. "
                 "Егер жағдай үш ай ішінде өз еркімен шешілмесе, олардың бірі басқа лауазымға ауыстырылады "
                 "немесе қызметтен босатылады."),
            ("heading", "Шетелдегі шоттар мен құндылықтар"),
            ("paragraph",
             "<p>№ 410-V Заңның 14-1-бабы тағы бір қағиданы қосады: ол қолданылатын адамдар шетелдік "
             "банктерде шот ұстай алмайды және онда қолма-қол ақша мен құндылықтарды сақтай алмайды. "
             "Мақсаты — мемлекеттік қызметшілердің активтерін ұлттық қаржылық бақылау шеңберінде ұстау; "
             "бұл туралы 5-сабақта айтылады.</p>"),
            ("key_facts", {
                "title": "Шектеулер қысқаша",
                "facts": [
                    "Өкілеттігіңізге байланысты әрекеттер үшін кез келген құндағы сыйлық, оның ішінде отбасыңызға берілетін сыйлық қабылданбайды.",
                    "Педагогтік, ғылыми немесе шығармашылық қызмет пен әскери резервтегі қызметтен басқа ақылы жұмыс жоқ.",
                    "Кәсіпкерлік пен коммерциялық ұйымдарды басқаруға жол берілмейді.",
                    "Жұбайыңызға, жақын туысыңызға немесе жекжатыңызға тікелей бағыныстылық болмауы тиіс; өз еркімен шешуге үш ай беріледі.",
                    "Жария емес қызметтік ақпаратты пайда табу үшін пайдалануға болмайды.",
                    "Шетелдік банктерде шот ұстауға және құндылықтар сақтауға тыйым салынған.",
                ],
            }),
            ("case_study", {
                "scenario": "Мемлекеттік сатып алу жөніндегі маман кеңсе тауарларын жеткізу шартын "
                            "бақылайды. Жаңа жыл алдында жеткізуші компанияның менеджері азық-түлік себеті "
                            "мен спа-салонға сертификатты «Отбасыңызға, ешқандай шартсыз» деген ашықхатпен "
                            "жібереді.",
                "questions": [
                    "Себеттің құны аз болғандықтан оны қабылдауға бола ма?",
                    "Ашықхатта маманның өзі емес, отбасы аталғанының маңызы бар ма?",
                    "Маман бұдан әрі не істеуі керек?",
                ],
                "takeaway": "Екі сыйлықтан да бас тарту керек. Тыйым маманның өкілеттігіне байланысты кез "
                            "келген құндағы сыйлыққа қолданылады және отбасы мүшелеріне де таралады. Маман "
                            "сыйлықтан бас тартуы немесе оны қайтаруы, тікелей басшысына хабарлауы және бұл "
                            "байланысты тіркеп қоюы тиіс.",
            }),
            _sources("kk", "W1", "W5", "W7", "W8"),
        ],
    },
}


_LESSON_4 = {
    "slug": "conflict-of-interest",
    "topic": "conflict-of-interest",
    "title": _t(
        "Conflict of interest",
        "Конфликт интересов",
        "Мүдделер қақтығысы",
    ),
    "summary": _t(
        "How to recognise a conflict of interest and what to do about it: disclose it in writing, step aside from the decision and keep a record.",
        "Как распознать конфликт интересов и что с ним делать: письменно сообщить о нём, устраниться от решения и зафиксировать это.",
        "Мүдделер қақтығысын қалай тануға болады және онымен не істеу керек: ол туралы жазбаша хабарлау, шешім қабылдаудан шеттеу және мұны тіркеу.",
    ),
    "body": {
        "en": [
            ("heading", "What a conflict of interest is"),
            ("paragraph",
             "<p>A <b>conflict of interest</b> arises when a personal interest of a public servant — his or "
             "her own, a family member's or a close associate's — may affect the impartial performance of "
             "official duties. No money has to change hands, and a conflict of interest is not the same as "
             "a bribe. It is a risk: a situation in which a decision could be bent by private "
             "considerations, even unintentionally.</p>"
             "<p>Typical examples:</p>"
             "<ul><li>you sit on a tender commission and your spouse's company submits a bid;</li>"
             "<li>you are asked to review an application filed by a relative or a close friend;</li>"
             "<li>you inspect a firm where you used to work or hope to work;</li>"
             "<li>your department is choosing a training provider owned by your brother or "
             "sister.</li></ul>"),
            ("paragraph",
             "<p>Any public servant, from a specialist to a head of a body, can face a conflict of "
             "interest. It arises most often where decisions directly affect someone's money or rights: "
             "procurement, hiring, inspections and permits.</p>"),
            ("heading", "What the law says"),
            _art("en", "410", "Article 6",
                 "Preventing and settling conflicts of interest is one of the measures of combating "
                 "corruption. As an academic commentary on the Law explains, it means that public servants "
                 "disclose their own interests and that safeguards keep anyone from taking decisions in his "
                 "or her own interest."),
            _art("en", "410", "Article 15",
                 "Article 15 of the Law is headed “Conflict of interests” and deals with such situations in "
                 "public service. Read the current official text for the exact procedure, because the rules "
                 "on conflicts of interest are being revised."),
            ("paragraph",
             "<p>The Anti-Corruption Policy Concept for 2022–2026 names the prevention and settlement of "
             "conflicts of interest as one of its directions. At the November 2025 seminar of the "
             "Aviation Administration of Kazakhstan, new conflict-of-interest rules for the civil service "
             "and the quasi-public sector were presented as planned for 2025–2026.</p>"),
            ("heading", "International standards"),
            ("paragraph",
             "<p>The International Code of Conduct for Public Officials, adopted by UN General Assembly "
             "resolution 51/59, starts from the idea that public office is a position of trust. It asks "
             "officials not to use their authority to advance their own or their family's interests and "
             "to declare business, commercial and financial interests that may give rise to a possible "
             "conflict. UNCAC, in Article 7(4), asks states to keep systems that prevent conflicts of "
             "interest. The OECD, in its 2017 monitoring report on Kazakhstan, stressed that "
             "conflict-of-interest and gift policies need practical guidance and awareness-raising, not "
             "only rules on paper.</p>"),
            ("heading", "What to do: disclose, step aside, record"),
            ("paragraph",
             "<p>The exact steps are set by the Law and by the internal rules of your state body. The "
             "principles behind them are the same everywhere:</p>"
             "<ol><li><b>Recognise</b> the situation early: could an informed observer doubt your "
             "impartiality?</li>"
             "<li><b>Disclose</b> it in writing to your line manager as soon as you become aware of "
             "it.</li>"
             "<li><b>Step aside</b>: do not take part in the discussion, the vote or the decision until the "
             "manager has settled the matter.</li>"
             "<li><b>Follow</b> the manager's decision, for example when the task is passed to a "
             "colleague.</li>"
             "<li><b>Keep a record</b> of your disclosure and of the decision taken.</li></ol>"),
            ("key_facts", {
                "title": "Self-check before a decision",
                "facts": [
                    "Could I, my family or someone close to me gain or lose from this decision?",
                    "Have I received anything — a gift, hospitality, a favour — from anyone it affects?",
                    "Do I have a past or planned job, a shareholding or a debt linked to one of the parties?",
                    "Would I be comfortable if colleagues and the public knew all the facts?",
                ],
            }),
            ("paragraph",
             "<p>If any answer is “yes”, treat the situation as a possible conflict of interest and "
             "disclose it. When in doubt, ask the ethics commissioner. A disclosure that later proves "
             "unnecessary costs nothing; a hidden conflict can undermine the decision and damage trust in "
             "the whole body. Remember that even securities you may lawfully hold can create a conflict "
             "when the issuer's affairs reach your desk.</p>"),
            ("callout", {
                "kind": "remember",
                "text": "Having a conflict of interest is not wrongdoing in itself. The problem starts when "
                        "it is not disclosed and the person goes on acting as if it did not exist.",
            }),
            ("case_study", {
                "scenario": "A deputy head of a department sits on a tender commission for IT services. When "
                            "the bids are opened, the deputy head sees that one of them comes from a company "
                            "managed by the deputy head's spouse.",
                "questions": [
                    "Is this a conflict of interest even if the deputy head is sure of being able to judge objectively?",
                    "What should the deputy head do before the commission continues its work?",
                    "What risks arise if the deputy head keeps silent and the spouse's company wins?",
                ],
                "takeaway": "Yes: a personal interest may affect an impartial decision. The deputy head "
                            "should disclose the situation in writing to the manager and withdraw from "
                            "evaluating the bids. Silence would put both the tender and the deputy head at "
                            "serious risk. Check the exact procedure in Article 15 of the Law and in the "
                            "internal rules of the body.",
            }),
            _sources("en", "W1", "S4", "W21", "S0", "W19", "W17", "W20"),
        ],
        "ru": [
            ("heading", "Что такое конфликт интересов"),
            ("paragraph",
             "<p><b>Конфликт интересов</b> возникает, когда личная заинтересованность государственного "
             "служащего — его собственная, члена семьи или близкого человека — может повлиять на "
             "беспристрастное исполнение служебных обязанностей. Для этого не нужно, чтобы кто-то "
             "передавал деньги, и конфликт интересов — не то же самое, что взятка. Это риск: ситуация, в "
             "которой решение может быть искажено частными соображениями, даже непреднамеренно.</p>"
             "<p>Типичные примеры:</p>"
             "<ul><li>вы входите в конкурсную комиссию, а компания вашего супруга подаёт заявку;</li>"
             "<li>вам поручают рассмотреть заявление, поданное родственником или близким другом;</li>"
             "<li>вы проверяете фирму, в которой раньше работали или надеетесь работать;</li>"
             "<li>ваше управление выбирает учебный центр, принадлежащий вашему брату или "
             "сестре.</li></ul>"),
            ("paragraph",
             "<p>Конфликт интересов может возникнуть у любого служащего — от специалиста до "
             "руководителя. Чаще всего он встречается там, где решения напрямую затрагивают чьи-то "
             "деньги или права: в закупках, кадровых решениях, проверках и выдаче разрешений.</p>"),
            ("heading", "Что говорит закон"),
            _art("ru", "410", "Статья 6",
                 "Предотвращение и разрешение конфликта интересов — одна из мер противодействия коррупции. "
                 "Как поясняется в научном комментарии к Закону, она означает, что государственные служащие "
                 "раскрывают свои интересы, а действующие механизмы не позволяют кому-либо принимать "
                 "решения в собственных интересах."),
            _art("ru", "410", "Статья 15",
                 "Статья 15 Закона называется «Конфликт интересов» и посвящена таким ситуациям на "
                 "государственной службе. Точный порядок действий сверяйте с действующим официальным "
                 "текстом, поскольку правила о конфликте интересов пересматриваются."),
            ("paragraph",
             "<p>Концепция антикоррупционной политики на 2022–2026 годы называет предотвращение и "
             "урегулирование конфликта интересов одним из своих направлений. На семинаре Авиационной "
             "администрации Казахстана в ноябре 2025 года новые правила о конфликте интересов на "
             "государственной службе и в квазигосударственном секторе были представлены как "
             "запланированные на 2025–2026 годы.</p>"),
            ("heading", "Международные стандарты"),
            ("paragraph",
             "<p>Международный кодекс поведения государственных должностных лиц, принятый резолюцией "
             "Генеральной Ассамблеи ООН 51/59, исходит из того, что государственная должность — это "
             "положение, основанное на доверии. Кодекс призывает не использовать власть для продвижения "
             "собственных или семейных интересов и декларировать деловые, коммерческие и финансовые "
             "интересы, способные породить возможный конфликт интересов. Конвенция ООН против коррупции "
             "(статья 7, пункт 4) требует от государств поддерживать системы предотвращения конфликта "
             "интересов. ОЭСР в докладе о мониторинге Казахстана 2017 года подчеркнула, что политика в "
             "отношении конфликта интересов и подарков нуждается в практических разъяснениях и "
             "повышении осведомлённости, а не только в правилах на бумаге.</p>"),
            ("heading", "Что делать: сообщить, устраниться, зафиксировать"),
            ("paragraph",
             "<p>Точный порядок устанавливается Законом и внутренними правилами вашего государственного "
             "органа. Принципы, на которых он основан, везде одинаковы:</p>"
             "<ol><li><b>Распознайте</b> ситуацию заранее: мог бы осведомлённый наблюдатель усомниться в "
             "вашей беспристрастности?</li>"
             "<li><b>Сообщите</b> о ней письменно непосредственному руководителю, как только о ней "
             "узнали.</li>"
             "<li><b>Устранитесь</b>: не участвуйте в обсуждении, голосовании и принятии решения, пока "
             "руководитель не урегулирует вопрос.</li>"
             "<li><b>Выполните</b> решение руководителя — например, о передаче задачи коллеге.</li>"
             "<li><b>Зафиксируйте</b> своё уведомление и принятое решение.</li></ol>"),
            ("key_facts", {
                "title": "Самопроверка перед решением",
                "facts": [
                    "Могу ли я, моя семья или близкий мне человек что-то выиграть или потерять от этого решения?",
                    "Получал ли я что-либо — подарок, угощение, услугу — от тех, кого оно затрагивает?",
                    "Есть ли у меня прошлая или планируемая работа, доля или долг, связанные с одной из сторон?",
                    "Было бы мне спокойно, если бы коллеги и общество знали все факты?",
                ],
            }),
            ("paragraph",
             "<p>Если хотя бы на один вопрос ответ «да», считайте ситуацию возможным конфликтом интересов "
             "и сообщите о ней. Если сомневаетесь, обратитесь к уполномоченному по этике. Уведомление, "
             "которое позже окажется лишним, ничего не стоит; скрытый конфликт интересов может подорвать "
             "решение и доверие ко всему органу. Помните: даже ценные бумаги, которыми вы владеете "
             "законно, способны создать конфликт, когда дела их эмитента попадают к вам на стол.</p>"),
            ("callout", {
                "kind": "remember",
                "text": "Сам по себе конфликт интересов не является нарушением. Проблема начинается, когда о "
                        "нём не сообщают и продолжают действовать так, будто его нет.",
            }),
            ("case_study", {
                "scenario": "Заместитель руководителя управления входит в конкурсную комиссию по закупке "
                            "IT-услуг. При вскрытии заявок он видит, что одна из них подана компанией, "
                            "которой руководит его супруга.",
                "questions": [
                    "Есть ли здесь конфликт интересов, если заместитель уверен, что сможет оценить заявки объективно?",
                    "Что ему следует сделать, прежде чем комиссия продолжит работу?",
                    "Какие риски возникнут, если он промолчит, а компания супруги победит?",
                ],
                "takeaway": "Да: личная заинтересованность может повлиять на беспристрастное решение. "
                            "Заместителю следует письменно сообщить о ситуации руководителю и отказаться от "
                            "оценки заявок. Молчание поставило бы под серьёзный риск и закупку, и его самого. "
                            "Точный порядок сверьте со статьёй 15 Закона и внутренними правилами органа.",
            }),
            _sources("ru", "W1", "S4", "W21", "S0", "W19", "W17", "W20"),
        ],
        "kk": [
            ("heading", "Мүдделер қақтығысы дегеніміз не"),
            ("paragraph",
             "<p><b>Мүдделер қақтығысы</b> мемлекеттік қызметшінің жеке мүддесі — өзінің, отбасы "
             "мүшесінің немесе жақын адамының мүддесі — қызметтік міндеттерді бейтарап атқаруына әсер "
             "етуі мүмкін болған кезде туындайды. Бұл үшін біреудің ақша беруі міндетті емес, әрі мүдделер "
             "қақтығысы пара алумен бірдей емес. Бұл — тәуекел: шешім жеке ойлардың әсерімен, тіпті "
             "байқаусызда бұрмалануы мүмкін жағдай.</p>"
             "<p>Әдеттегі мысалдар:</p>"
             "<ul><li>сіз конкурстық комиссияның мүшесісіз, ал жұбайыңыздың компаниясы өтінім "
             "береді;</li>"
             "<li>сізге туысыңыз немесе жақын досыңыз берген өтінішті қарау тапсырылады;</li>"
             "<li>сіз бұрын жұмыс істеген немесе болашақта жұмысқа орналасқыңыз келетін фирманы "
             "тексересіз;</li>"
             "<li>басқармаңыз ағаңызға немесе әпкеңізге тиесілі оқу орталығын таңдап жатыр.</li></ul>"),
            ("paragraph",
             "<p>Мүдделер қақтығысы маманнан бастап басшыға дейін кез келген қызметшіде туындауы мүмкін. "
             "Ол көбінесе шешімдер біреудің ақшасын немесе құқығын тікелей қозғайтын жерлерде кездеседі: "
             "сатып алуда, кадрлық шешімдерде, тексерулерде және рұқсат беруде.</p>"),
            ("heading", "Заң не дейді"),
            _art("kk", "410", "6-бап",
                 "Мүдделер қақтығысының алдын алу және оны шешу — сыбайлас жемқорлыққа қарсы іс-қимыл "
                 "шараларының бірі. Заңға арналған ғылыми түсіндірмеде айтылғандай, бұл мемлекеттік "
                 "қызметшілердің өз мүдделерін ашып көрсетуін және ешкімнің өз мүддесіне сай шешім "
                 "қабылдауына жол бермейтін тетіктердің болуын білдіреді."),
            _art("kk", "410", "15-бап",
                 "Заңның 15-бабы «Мүдделер қақтығысы» деп аталады және мемлекеттік қызметтегі осындай "
                 "жағдайларға арналған. Нақты тәртіпті қолданыстағы ресми мәтіннен тексеріңіз, өйткені "
                 "мүдделер қақтығысы туралы қағидалар қайта қаралуда."),
            ("paragraph",
             "<p>2022–2026 жылдарға арналған сыбайлас жемқорлыққа қарсы саясат тұжырымдамасы мүдделер "
             "қақтығысының алдын алуды және оны реттеуді өз бағыттарының бірі ретінде атайды. "
             "Қазақстанның авиациялық әкімшілігінің 2025 жылғы қарашадағы семинарында мемлекеттік "
             "қызметтегі және квазимемлекеттік сектордағы мүдделер қақтығысы туралы жаңа қағидалар "
             "2025–2026 жылдарға жоспарланған өзгерістер ретінде таныстырылды.</p>"),
            ("heading", "Халықаралық стандарттар"),
            ("paragraph",
             "<p>БҰҰ Бас Ассамблеясының 51/59 қарарымен қабылданған Мемлекеттік лауазымды адамдардың "
             "халықаралық мінез-құлық кодексі мемлекеттік лауазым — сенімге негізделген қызмет деген "
             "ойдан бастау алады. Кодекс билікті өз немесе отбасы мүддесін ілгерілету үшін пайдаланбауға "
             "және ықтимал мүдделер қақтығысын туғызуы мүмкін іскерлік, коммерциялық және қаржылық "
             "мүдделерді декларациялауға шақырады. БҰҰ-ның Сыбайлас жемқорлыққа қарсы конвенциясы "
             "(7-баптың 4-тармағы) мемлекеттерден мүдделер қақтығысының алдын алу жүйелерін ұстауды "
             "талап етеді. ЭЫДҰ 2017 жылғы Қазақстан мониторингі туралы баяндамасында мүдделер "
             "қақтығысы мен сыйлықтарға қатысты саясатқа қағаздағы қағидалар ғана емес, практикалық "
             "түсіндірмелер мен хабардарлықты арттыру да қажет екенін атап өтті.</p>"),
            ("heading", "Не істеу керек: хабарлау, шеттеу, тіркеу"),
            ("paragraph",
             "<p>Нақты тәртіпті Заң және мемлекеттік органыңыздың ішкі қағидалары белгілейді. Олардың "
             "негізіндегі қағидаттар барлық жерде бірдей:</p>"
             "<ol><li>Жағдайды ерте <b>танып біліңіз</b>: хабардар бақылаушы сіздің бейтараптығыңызға "
             "күмән келтіре ала ма?</li>"
             "<li>Ол туралы білген бойда тікелей басшыңызға жазбаша <b>хабарлаңыз</b>.</li>"
             "<li><b>Шеттеңіз</b>: басшы мәселені шешкенге дейін талқылауға, дауыс беруге және шешім "
             "қабылдауға қатыспаңыз.</li>"
             "<li>Басшының шешімін <b>орындаңыз</b> — мысалы, тапсырманы әріптесіңізге беру туралы "
             "шешімді.</li>"
             "<li>Өз хабарламаңызды және қабылданған шешімді <b>тіркеп қойыңыз</b>.</li></ol>"),
            ("key_facts", {
                "title": "Шешім қабылдар алдындағы өзін-өзі тексеру",
                "facts": [
                    "Бұл шешімнен мен, отбасым немесе маған жақын адам бірдеңе ұтып не ұтылуы мүмкін бе?",
                    "Шешім қозғайтын адамдардан бірдеңе — сыйлық, қонақасы, қызмет — алдым ба?",
                    "Тараптардың бірімен байланысты бұрынғы немесе жоспарланған жұмысым, үлесім немесе қарызым бар ма?",
                    "Әріптестерім мен қоғам барлық деректі білсе, көңілім тыныш болар ма еді?",
                ],
            }),
            ("paragraph",
             "<p>Егер кем дегенде бір сұраққа жауап «иә» болса, жағдайды ықтимал мүдделер қақтығысы деп "
             "санап, ол туралы хабарлаңыз. Күмәніңіз болса, әдеп жөніндегі уәкілге жүгініңіз. Кейін "
             "артық болып шыққан хабарлама ешқандай зиян келтірмейді; ал жасырылған мүдделер қақтығысы "
             "шешімнің өзін де, бүкіл органға деген сенімді де әлсіретуі мүмкін. Есіңізде болсын: заңды "
             "түрде иеленетін бағалы қағаздарыңыз да, егер оларды шығарған ұйымның ісі сіздің қарауыңызға "
             "түссе, мүдделер қақтығысын туғызуы мүмкін.</p>"),
            ("callout", {
                "kind": "remember",
                "text": "Мүдделер қақтығысының болуы өз алдына құқық бұзушылық емес. Мәселе ол туралы "
                        "хабарламай, ештеңе болмағандай әрекет ете бергенде басталады.",
            }),
            ("case_study", {
                "scenario": "Басқарма басшысының орынбасары IT-қызметтерді сатып алу жөніндегі конкурстық "
                            "комиссияның құрамында. Өтінімдер ашылғанда ол солардың бірін жұбайы басқаратын "
                            "компания бергенін көреді.",
                "questions": [
                    "Орынбасар өтінімдерді объективті бағалай алатынына сенімді болса да, бұл мүдделер қақтығысы ма?",
                    "Комиссия жұмысын жалғастырмас бұрын ол не істеуі керек?",
                    "Егер ол үндемей қалып, жұбайының компаниясы жеңіске жетсе, қандай тәуекелдер туындайды?",
                ],
                "takeaway": "Иә: жеке мүдде бейтарап шешімге әсер етуі мүмкін. Орынбасар жағдай туралы "
                            "басшыға жазбаша хабарлап, өтінімдерді бағалаудан бас тартуы тиіс. Үндемеу сатып "
                            "алуды да, оның өзін де үлкен тәуекелге ұшыратар еді. Нақты тәртіпті Заңның "
                            "15-бабымен және органның ішкі қағидаларымен салыстырып тексеріңіз.",
            }),
            _sources("kk", "W1", "S4", "W21", "S0", "W19", "W17", "W20"),
        ],
    },
}


_LESSON_5 = {
    "slug": "financial-control",
    "topic": "financial-control",
    "title": _t(
        "Financial control and declarations",
        "Финансовый контроль и декларирование",
        "Қаржылық бақылау және декларациялау",
    ),
    "summary": _t(
        "Which declarations public servants and their spouses file, why the sources of funds for new property matter, and what happens when spending exceeds income.",
        "Какие декларации подают государственные служащие и их супруги, почему важны источники средств на новое имущество и что происходит, когда расходы превышают доходы.",
        "Мемлекеттік қызметшілер мен олардың жұбайлары қандай декларациялар тапсырады, жаңа мүлікке жұмсалған қаражат көздері неге маңызды және шығыс кірістен асқанда не болады.",
    ),
    "body": {
        "en": [
            ("heading", "Why financial control exists"),
            ("paragraph",
             "<p>Financial control is one of the measures of combating corruption listed in Article 6 of "
             "Law No. 410-V. Its logic is simple: when the assets and spending of a public servant are "
             "visible, unlawful income becomes much harder to hide. An academic commentary on the Law "
             "calls the disclosure of income and expenditure — and, in time, making that information "
             "public — a key step towards transparency.</p>"),
            _art("en", "410", "Article 11",
                 "Financial control relies on two kinds of declarations. Before appointment, a candidate "
                 "for a post and the candidate's spouse submit a declaration of assets and liabilities. "
                 "Civil servants, officials, persons equated to them and their spouses submit declarations "
                 "of income and property. If property was acquired during the year, the declaration must "
                 "show the sources of the money used to buy it."),
            ("heading", "Who files what"),
            ("paragraph",
             "<ul><li><b>Before appointment:</b> the candidate and his or her spouse file a declaration of "
             "assets and liabilities.</li>"
             "<li><b>While in service:</b> the public servant and his or her spouse file a declaration of "
             "income and property.</li>"
             "<li><b>For purchases made during the year:</b> the declaration states where the money came "
             "from — salary, savings, a loan, a gift from relatives or the sale of other property.</li></ul>"
             "<p>Declarations are a family matter. Your spouse files as well, so talk to your spouse early "
             "and keep the documents that confirm large transactions: contracts of sale, loan agreements, "
             "bank statements.</p>"),
            ("heading", "Universal declaration"),
            ("paragraph",
             "<p>Since 2021 Kazakhstan has been moving step by step to universal declaration of income and "
             "assets, in which different groups of the population join the system in stages; the "
             "phased roll-out covers civil servants. As a result, the financial picture of a public "
             "servant is assessed under the same rules as that of any other citizen, while public "
             "servants remain subject to the additional duties of the anti-corruption law.</p>"),
            ("paragraph",
             "<p>Declarations also serve conflict-of-interest prevention. UNCAC asks states to have "
             "officials declare outside activities, investments, assets and substantial gifts (Article "
             "8(5)) and to maintain financial disclosure systems (Article 52(5)). A declared shareholding "
             "or property helps a manager see in advance which decisions an employee should stay out "
             "of.</p>"),
            ("heading", "When spending exceeds income"),
            ("paragraph",
             "<p>Law No. 188-VII of 3 January 2023 added a further tool. According to a published summary "
             "of that law, when a person's expenses exceed his or her income by more than 1,000 MCI, an "
             "administrative fine may be imposed. The rule targets lifestyles that lawful income cannot "
             "explain: expensive purchases, travel or property that do not match the declarations.</p>"),
            ("heading", "Common mistakes to avoid"),
            ("paragraph",
             "<ul><li>forgetting that the spouse files a declaration too;</li>"
             "<li>listing a new car or flat without explaining where the money came from;</li>"
             "<li>relying on cash help from relatives without any record that it happened;</li>"
             "<li>treating the declaration as a formality and copying last year's figures;</li>"
             "<li>holding assets that are banned outright, such as accounts in foreign banks "
             "(Article 14-1 of Law No. 410-V).</li></ul>"
             "<p>Financial control is closely linked with the other restrictions in this course. The "
             "securities you may hold under the Civil Service Law, the fees you receive for teaching or "
             "creative work and your spouse's property all appear in the declarations. Consistent records "
             "make each of them easy to explain.</p>"),
            ("key_facts", {
                "title": "Financial control at a glance",
                "facts": [
                    "Declaration of assets and liabilities: the candidate and spouse, before appointment.",
                    "Declaration of income and property: civil servants, officials, equated persons and their spouses.",
                    "Property bought during the year: show the sources of the funds.",
                    "Expenses exceeding income by more than 1,000 MCI: an administrative fine (Law No. 188-VII).",
                    "Universal declaration has been phased in since 2021.",
                ],
            }),
            ("callout", {
                "kind": "warning",
                "text": "Deadlines and forms are set by tax legislation and change from time to time. "
                        "Check the current deadline and form in official sources, such as egov.kz or your "
                        "HR service, instead of relying on memory or on last year's practice.",
            }),
            ("case_study", {
                "scenario": "A chief specialist of a district akimat bought a flat during the year. Part of "
                            "the price came from savings, part from a bank loan and part from money the "
                            "specialist's parents provided.",
                "questions": [
                    "What must the declaration show besides the flat itself?",
                    "Should the parents' help be backed by documents?",
                    "What may happen if the spending cannot be explained by declared income?",
                ],
                "takeaway": "The declaration must show not only the flat but also the sources of funds: "
                            "savings, the loan and the parents' money. Keeping the loan agreement and the "
                            "bank records of the transfer makes the picture clear. If expenses exceed lawful "
                            "income by more than 1,000 MCI, an administrative fine may follow under Law "
                            "No. 188-VII.",
            }),
            ("paragraph",
             "<p>Honest and complete declarations protect you as well: they are the simplest way to show "
             "that your property has lawful origins if questions ever arise.</p>"),
            _sources("en", "W1", "S4", "W16"),
        ],
        "ru": [
            ("heading", "Зачем нужен финансовый контроль"),
            ("paragraph",
             "<p>Финансовый контроль — одна из мер противодействия коррупции, перечисленных в статье 6 "
             "Закона № 410-V. Его логика проста: когда активы и расходы государственного служащего видны, "
             "скрыть незаконный доход гораздо труднее. В научном комментарии к Закону раскрытие доходов и "
             "расходов, а со временем и их публичность, названы ключевым шагом к прозрачности.</p>"),
            _art("ru", "410", "Статья 11",
                 "Финансовый контроль основан на двух видах деклараций. До назначения кандидат на должность "
                 "и его супруг (супруга) представляют декларацию об активах и обязательствах. "
                 "Государственные служащие, должностные лица, приравненные к ним лица и их супруги "
                 "представляют декларации о доходах и имуществе. Если имущество приобретено в течение года, "
                 "в декларации нужно указать источники средств, на которые оно куплено."),
            ("heading", "Кто что подаёт"),
            ("paragraph",
             "<ul><li><b>До назначения:</b> кандидат и его супруг (супруга) подают декларацию об активах и "
             "обязательствах.</li>"
             "<li><b>Во время службы:</b> государственный служащий и его супруг (супруга) подают "
             "декларацию о доходах и имуществе.</li>"
             "<li><b>При покупках в течение года:</b> в декларации указывается, откуда взялись деньги — "
             "зарплата, сбережения, кредит, помощь родственников или продажа другого имущества.</li></ul>"
             "<p>Декларирование — семейное дело. Ваш супруг или супруга тоже подаёт декларацию, поэтому "
             "обсудите это заранее и храните документы, подтверждающие крупные сделки: договоры "
             "купли-продажи, кредитные договоры, банковские выписки.</p>"),
            ("heading", "Всеобщее декларирование"),
            ("paragraph",
             "<p>С 2021 года Казахстан поэтапно переходит к всеобщему декларированию доходов и имущества: "
             "разные группы населения входят в систему по очереди, и поэтапный переход охватывает "
             "государственных служащих. В результате финансовое положение государственного служащего "
             "оценивается по тем же правилам, что и у любого гражданина, при этом для служащих "
             "сохраняются дополнительные обязанности по антикоррупционному закону.</p>"),
            ("paragraph",
             "<p>Декларации служат и предотвращению конфликта интересов. Конвенция ООН против коррупции "
             "предлагает государствам обязывать должностных лиц декларировать внеслужебную деятельность, "
             "инвестиции, активы и существенные подарки (статья 8, пункт 5) и поддерживать системы "
             "раскрытия финансовой информации (статья 52, пункт 5). Задекларированная доля в компании или "
             "имущество помогают руководителю заранее увидеть, от каких решений сотруднику лучше "
             "устраниться.</p>"),
            ("heading", "Когда расходы превышают доходы"),
            ("paragraph",
             "<p>Закон № 188-VII от 3 января 2023 года добавил ещё один инструмент. Согласно "
             "опубликованному обзору этого закона, если расходы лица превышают его доходы более чем на "
             "1 000 МРП, может быть наложен административный штраф. Правило направлено против образа "
             "жизни, который не объясняется законными доходами: дорогих покупок, поездок или имущества, "
             "не соответствующих декларациям.</p>"),
            ("heading", "Типичные ошибки"),
            ("paragraph",
             "<ul><li>забыть, что супруг (супруга) тоже подаёт декларацию;</li>"
             "<li>указать новую машину или квартиру, не объяснив, откуда взялись деньги;</li>"
             "<li>ссылаться на наличную помощь родственников, не имея никаких подтверждений;</li>"
             "<li>относиться к декларации как к формальности и переписывать прошлогодние цифры;</li>"
             "<li>иметь активы, которые запрещены полностью, например счета в иностранных банках "
             "(статья 14-1 Закона № 410-V).</li></ul>"
             "<p>Финансовый контроль тесно связан с другими ограничениями, о которых говорится в курсе. "
             "Ценные бумаги, которыми разрешено владеть по Закону о государственной службе, гонорары за "
             "преподавательскую или творческую работу, имущество супруга — всё это отражается в "
             "декларациях. Аккуратные записи позволяют легко объяснить каждую позицию.</p>"),
            ("key_facts", {
                "title": "Финансовый контроль коротко",
                "facts": [
                    "Декларация об активах и обязательствах: кандидат и его супруг (супруга) до назначения.",
                    "Декларация о доходах и имуществе: государственные служащие, должностные лица, приравненные лица и их супруги.",
                    "Имущество, купленное в течение года: указываются источники средств.",
                    "Превышение расходов над доходами более чем на 1 000 МРП: административный штраф (Закон № 188-VII).",
                    "Всеобщее декларирование вводится поэтапно с 2021 года.",
                ],
            }),
            ("callout", {
                "kind": "warning",
                "text": "Сроки и формы деклараций устанавливаются налоговым законодательством и время от "
                        "времени меняются. Проверяйте актуальный срок и форму в официальных источниках, "
                        "например на egov.kz или в кадровой службе, а не полагайтесь на память или "
                        "практику прошлого года.",
            }),
            ("case_study", {
                "scenario": "Главный специалист районного акимата в течение года купил квартиру. Часть "
                            "стоимости он оплатил из сбережений, часть — за счёт банковского кредита, а часть "
                            "— деньгами, которые дали его родители.",
                "questions": [
                    "Что, кроме самой квартиры, должно быть отражено в декларации?",
                    "Нужно ли подтверждать помощь родителей документами?",
                    "Что может произойти, если расходы нельзя объяснить задекларированными доходами?",
                ],
                "takeaway": "В декларации указывается не только квартира, но и источники средств: "
                            "сбережения, кредит и деньги родителей. Кредитный договор и банковские "
                            "документы о переводе делают картину ясной. Если расходы превышают законные "
                            "доходы более чем на 1 000 МРП, по Закону № 188-VII возможен административный "
                            "штраф.",
            }),
            ("paragraph",
             "<p>Честные и полные декларации защищают и вас: это самый простой способ показать законное "
             "происхождение имущества, если когда-нибудь возникнут вопросы.</p>"),
            _sources("ru", "W1", "S4", "W16"),
        ],
        "kk": [
            ("heading", "Қаржылық бақылау не үшін қажет"),
            ("paragraph",
             "<p>Қаржылық бақылау — № 410-V Заңның 6-бабында аталған сыбайлас жемқорлыққа қарсы "
             "іс-қимыл шараларының бірі. Оның мәні қарапайым: мемлекеттік қызметшінің активтері мен "
             "шығыстары көрініп тұрса, заңсыз табысты жасыру әлдеқайда қиын болады. Заңға арналған "
             "ғылыми түсіндірмеде кірістер мен шығыстарды ашу, ал уақыт өте келе оларды жария ету "
             "ашықтыққа апаратын негізгі қадам деп аталған.</p>"),
            _art("kk", "410", "11-бап",
                 "Қаржылық бақылау декларацияның екі түріне негізделеді. Лауазымға тағайындалғанға дейін "
                 "кандидат пен оның жұбайы (зайыбы) активтер мен міндеттемелер туралы декларация "
                 "ұсынады. Мемлекеттік қызметшілер, лауазымды адамдар, оларға теңестірілген адамдар және "
                 "олардың жұбайлары кірістер мен мүлік туралы декларация ұсынады. Егер мүлік жыл ішінде "
                 "сатып алынса, декларацияда оны сатып алуға жұмсалған қаражаттың көздері көрсетілуге "
                 "тиіс."),
            ("heading", "Кім не тапсырады"),
            ("paragraph",
             "<ul><li><b>Тағайындалғанға дейін:</b> кандидат пен оның жұбайы (зайыбы) активтер мен "
             "міндеттемелер туралы декларация тапсырады.</li>"
             "<li><b>Қызмет кезінде:</b> мемлекеттік қызметші мен оның жұбайы (зайыбы) кірістер мен мүлік "
             "туралы декларация тапсырады.</li>"
             "<li><b>Жыл ішіндегі сатып алулар бойынша:</b> декларацияда ақшаның қайдан алынғаны "
             "көрсетіледі — жалақы, жинақ, несие, туыстардың көмегі немесе басқа мүлікті сату.</li></ul>"
             "<p>Декларациялау — бүкіл отбасының ісі. Жұбайыңыз да декларация тапсырады, сондықтан бұл "
             "туралы алдын ала сөйлесіп алыңыз және ірі мәмілелерді растайтын құжаттарды — сатып алу-сату "
             "шарттарын, несие шарттарын, банк үзінді көшірмелерін — сақтап қойыңыз.</p>"),
            ("heading", "Жалпыға бірдей декларациялау"),
            ("paragraph",
             "<p>Қазақстан 2021 жылдан бастап кірістер мен мүлікті жалпыға бірдей декларациялауға кезең-"
             "кезеңімен көшуде: халықтың әртүрлі топтары жүйеге кезекпен қосылады, және бұл кезеңдік көшу "
             "мемлекеттік қызметшілерді де қамтиды. Нәтижесінде мемлекеттік қызметшінің қаржылық жағдайы "
             "кез келген азаматпен бірдей қағидалар бойынша бағаланады, ал қызметшілер үшін сыбайлас "
             "жемқорлыққа қарсы заңнан туындайтын қосымша міндеттер сақталады.</p>"),
            ("paragraph",
             "<p>Декларациялар мүдделер қақтығысының алдын алуға да қызмет етеді. БҰҰ-ның Сыбайлас "
             "жемқорлыққа қарсы конвенциясы мемлекеттерге лауазымды адамдардың қызметтен тыс жұмысын, "
             "инвестицияларын, активтерін және елеулі сыйлықтарын декларациялауын (8-баптың 5-тармағы) "
             "және қаржылық ақпаратты ашу жүйелерін ұстауды (52-баптың 5-тармағы) ұсынады. "
             "Декларацияланған компания үлесі немесе мүлік басшыға қызметкердің қандай шешімдерден "
             "шеттелуі керегін алдын ала көруге көмектеседі.</p>"),
            ("heading", "Шығыс кірістен асқанда"),
            ("paragraph",
             "<p>2023 жылғы 3 қаңтардағы № 188-VII Заң тағы бір құрал қосты. Осы заңның жарияланған "
             "шолуына сәйкес, адамның шығыстары оның кірістерінен 1 000 АЕК-тен астам асып кетсе, "
             "әкімшілік айыппұл салынуы мүмкін. Бұл қағида заңды кіріспен түсіндіруге келмейтін өмір "
             "салтына — декларацияларға сәйкес келмейтін қымбат сатып алуларға, сапарларға немесе "
             "мүлікке қарсы бағытталған.</p>"),
            ("heading", "Жиі кездесетін қателіктер"),
            ("paragraph",
             "<ul><li>жұбайыңыздың (зайыбыңыздың) да декларация тапсыратынын ұмыту;</li>"
             "<li>жаңа көлікті немесе пәтерді көрсетіп, ақшаның қайдан алынғанын түсіндірмеу;</li>"
             "<li>туыстардан қолма-қол алынған көмекке ешқандай растаусыз сілтеме жасау;</li>"
             "<li>декларацияға формальдылық ретінде қарап, өткен жылғы сандарды көшіріп жазу;</li>"
             "<li>мүлдем тыйым салынған активтерді, мысалы шетелдік банктердегі шоттарды ұстау "
             "(№ 410-V Заңның 14-1-бабы).</li></ul>"
             "<p>Қаржылық бақылау курста айтылған басқа шектеулермен тығыз байланысты. Мемлекеттік "
             "қызмет туралы Заң бойынша иеленуге рұқсат етілген бағалы қағаздар, оқытушылық немесе "
             "шығармашылық жұмыс үшін алынған қаламақы, жұбайыңыздың мүлкі — мұның бәрі декларацияларда "
             "көрініс табады. Жүйелі жүргізілген жазбалар әр позицияны оңай түсіндіруге мүмкіндік "
             "береді.</p>"),
            ("key_facts", {
                "title": "Қаржылық бақылау қысқаша",
                "facts": [
                    "Активтер мен міндеттемелер туралы декларация: кандидат пен оның жұбайы (зайыбы), тағайындалғанға дейін.",
                    "Кірістер мен мүлік туралы декларация: мемлекеттік қызметшілер, лауазымды адамдар, оларға теңестірілген адамдар және олардың жұбайлары.",
                    "Жыл ішінде сатып алынған мүлік: қаражат көздері көрсетіледі.",
                    "Шығыстың кірістен 1 000 АЕК-тен астам асуы: әкімшілік айыппұл (№ 188-VII Заң).",
                    "Жалпыға бірдей декларациялау 2021 жылдан бастап кезең-кезеңімен енгізілуде.",
                ],
            }),
            ("callout", {
                "kind": "warning",
                "text": "Декларацияларды тапсыру мерзімдері мен нысандарын салық заңнамасы белгілейді және "
                        "олар мезгіл-мезгіл өзгеріп отырады. Есіңізге немесе өткен жылғы тәжірибеге "
                        "сүйенбей, қолданыстағы мерзім мен нысанды ресми дереккөздерден, мысалы egov.kz "
                        "порталынан немесе кадр қызметінен тексеріңіз.",
            }),
            ("case_study", {
                "scenario": "Аудан әкімдігінің бас маманы жыл ішінде пәтер сатып алды. Құнының бір бөлігін "
                            "ол жинағынан, бір бөлігін банк несиесі есебінен, ал қалғанын ата-анасы берген "
                            "ақшамен төледі.",
                "questions": [
                    "Декларацияда пәтердің өзінен басқа не көрсетілуі керек?",
                    "Ата-анасының көмегін құжатпен растау қажет пе?",
                    "Шығыстарды декларацияланған кірістермен түсіндіру мүмкін болмаса, не болуы мүмкін?",
                ],
                "takeaway": "Декларацияда пәтер ғана емес, қаражат көздері де — жинақ, несие және ата-ананың "
                            "ақшасы — көрсетіледі. Несие шарты мен аударым туралы банк құжаттары жағдайды "
                            "анық көрсетеді. Егер шығыстар заңды кірістерден 1 000 АЕК-тен астам асса, "
                            "№ 188-VII Заң бойынша әкімшілік айыппұл салынуы мүмкін.",
            }),
            ("paragraph",
             "<p>Адал әрі толық декларация сізді де қорғайды: бір күні сұрақ туындаса, мүлкіңіздің заңды "
             "жолмен табылғанын көрсетудің ең оңай жолы — осы.</p>"),
            _sources("kk", "W1", "S4", "W16"),
        ],
    },
}


_LESSON_6 = {
    "slug": "reporting-and-protection",
    "topic": "reporting-and-protection",
    "title": _t(
        "Reporting corruption and protection of whistleblowers",
        "Сообщения о коррупции и защита заявителей",
        "Сыбайлас жемқорлық туралы хабарлау және хабарлаушыларды қорғау",
    ),
    "summary": _t(
        "Where and how to report corruption, how the state protects people who report, and what rewards are available.",
        "Куда и как сообщить о коррупции, как государство защищает заявителей и какое поощрение предусмотрено.",
        "Сыбайлас жемқорлық туралы қайда және қалай хабарлауға болады, мемлекет хабарлаушыларды қалай қорғайды және қандай көтермелеу көзделген.",
    ),
    "body": {
        "en": [
            ("heading", "Why reporting matters"),
            ("paragraph",
             "<p>Corruption survives on silence. Law No. 410-V counts the reporting of corruption among the "
             "measures of combating it, and the state offers several channels for reports, protection for "
             "the people who make them and rewards when the information helps to uncover an offence. Every "
             "public servant should know these channels as well as the emergency numbers.</p>"),
            ("heading", "Where to report"),
            ("paragraph",
             "<ul><li><b>1424</b> — the toll-free call centre of the Anti-Corruption Service, open "
             "24 hours a day, 7 days a week;</li>"
             "<li><b>eGov</b> — an online application on egov.kz, signed with an electronic digital "
             "signature;</li>"
             "<li><b>in writing</b> — a written application to the Anti-Corruption Service;</li>"
             "<li>according to a 2025 country overview, reports can also be sent through a WhatsApp "
             "chat-bot and an online form on a web portal.</li></ul>"
             "<p>A useful report is specific: who did what, when and where, and how you know it. Keep "
             "copies of documents or messages, and write down what was said as soon as you can. Do not "
             "try to investigate on your own or set traps — that is the task of the authorised "
             "body.</p>"),
            _art("en", "410", "Article 24",
                 "A person who reports a corruption offence or otherwise helps to combat corruption is "
                 "protected by the state and may be rewarded. The procedure and amounts of the reward are "
                 "set by the Government; they are established by Government Decree No. 1131."),
            ("paragraph",
             "<p>You do not need full proof before reporting; checking the facts is the job of the "
             "Anti-Corruption Service. You may first tell your line manager or the ethics commissioner, "
             "but if they are involved, go straight to the official channels above.</p>"),
            ("heading", "If someone offers you a bribe"),
            ("paragraph",
             "<ol><li>Refuse clearly, in words that leave no room for misunderstanding.</li>"
             "<li>Take nothing, not even “to return later”.</li>"
             "<li>Remember the details: who made the offer, how much, what was asked in return and who "
             "else was present.</li>"
             "<li>Report promptly through 1424, eGov or in writing.</li>"
             "<li>Inform your line manager or the ethics commissioner, unless they are involved.</li></ol>"
             "<p>Prompt reporting also protects you: it shows beyond doubt that you did not accept the "
             "offer.</p>"),
            ("heading", "Protection of the reporting person"),
            ("paragraph",
             "<p>According to explanations published in June 2025, a person who has reported corruption "
             "may not be disciplined, dismissed or transferred unless a representative of the "
             "Anti-Corruption Service sits on the disciplinary commission that considers the matter. "
             "Disclosing confidential information about the reporting person is a criminal offence. The "
             "OECD's 2017 monitoring report had called for a comprehensive framework of this kind to "
             "protect whistleblowers.</p>"),
            ("callout", {
                "kind": "warning",
                "text": "If, after reporting, you suddenly face disciplinary proceedings, dismissal or a "
                        "transfer, state that you are a reporting person and check that a representative of "
                        "the Anti-Corruption Service is on the disciplinary commission.",
            }),
            ("heading", "Rewards"),
            ("paragraph",
             "<p>Rewards are paid under Government Decree No. 1131. According to published summaries of "
             "the reward rules:</p>"
             "<ul><li>where the bribe or damage is up to 1,000 MCI, the reward is a fixed amount — 30, 40, "
             "50, 70 or 100 MCI, depending on how serious the offence is;</li>"
             "<li>where it exceeds 1,000 MCI, the reward is 10% of the bribe or damage, but no more than "
             "4,000 MCI.</li></ul>"
             "<p>People who help to uncover corruption may also receive letters of appreciation. The "
             "reward is not the main reason to report, but it shows that the state values honest "
             "information.</p>"),
            ("key_facts", {
                "title": "Reporting at a glance",
                "facts": [
                    "Call 1424: free of charge, around the clock.",
                    "Apply online via eGov with an electronic digital signature, or in writing.",
                    "Reporting persons are protected by the state (Article 24 of Law No. 410-V).",
                    "No discipline, dismissal or transfer without an Anti-Corruption Service representative on the disciplinary commission.",
                    "Disclosing confidential data about the reporter is a crime.",
                    "Rewards: 30–100 MCI, or 10% of the bribe or damage, capped at 4,000 MCI.",
                ],
            }),
            ("case_study", {
                "scenario": "A specialist in a regional department reports through the 1424 line that the "
                            "head of the department demanded money for approving a contract extension. Two "
                            "weeks later the HR unit starts preparing an order to transfer the specialist to "
                            "another district.",
                "questions": [
                    "Can the department transfer the specialist at its own discretion?",
                    "What condition must be met before any disciplinary measure or transfer?",
                    "If the bribe demanded was 2,000 MCI and the case is proven, what reward could the specialist receive?",
                ],
                "takeaway": "The transfer cannot go ahead as an ordinary HR decision: disciplining, "
                            "dismissing or transferring a reporting person requires a representative of the "
                            "Anti-Corruption Service on the disciplinary commission. For a bribe above 1,000 "
                            "MCI the reward is 10% of its amount — here 200 MCI — within the 4,000 MCI "
                            "cap.",
            }),
            ("paragraph",
             "<p>Reporting is not disloyalty to your team. It protects honest colleagues, the budget and "
             "the citizens your body serves.</p>"),
            _sources("en", "W1", "W9", "W10", "W12", "W13", "W14", "W29", "W20"),
        ],
        "ru": [
            ("heading", "Почему важно сообщать"),
            ("paragraph",
             "<p>Коррупция держится на молчании. Закон № 410-V относит сообщения о коррупции к мерам "
             "противодействия ей, а государство предлагает несколько каналов для сообщений, защиту "
             "заявителей и поощрение, если информация помогла раскрыть правонарушение. Каждый "
             "государственный служащий должен знать эти каналы так же хорошо, как номера экстренных "
             "служб.</p>"),
            ("heading", "Куда сообщить"),
            ("paragraph",
             "<ul><li><b>1424</b> — бесплатный call-центр Антикоррупционной службы, работающий "
             "круглосуточно и без выходных;</li>"
             "<li><b>eGov</b> — онлайн-обращение на портале egov.kz, подписанное электронной цифровой "
             "подписью;</li>"
             "<li><b>письменно</b> — письменное заявление в Антикоррупционную службу;</li>"
             "<li>согласно страновому обзору 2025 года, сообщить можно также через чат-бот в WhatsApp и "
             "онлайн-форму на веб-портале.</li></ul>"
             "<p>Полезное сообщение конкретно: кто, что, когда и где сделал и откуда вам это известно. "
             "Сохраняйте копии документов и сообщений, как можно скорее записывайте сказанное. Не "
             "пытайтесь расследовать самостоятельно и не устраивайте ловушек — это задача "
             "уполномоченного органа.</p>"),
            _art("ru", "410", "Статья 24",
                 "Лицо, сообщившее о коррупционном правонарушении или иным образом оказывающее содействие "
                 "в противодействии коррупции, находится под защитой государства и может быть поощрено. "
                 "Порядок и размеры поощрения определяет Правительство; они установлены постановлением "
                 "Правительства № 1131."),
            ("paragraph",
             "<p>Для сообщения не нужны исчерпывающие доказательства: проверка фактов — задача "
             "Антикоррупционной службы. Сначала можно обратиться к непосредственному руководителю или "
             "уполномоченному по этике, но если они сами причастны, сразу используйте перечисленные выше "
             "официальные каналы. Главное — не откладывать: чем раньше поступит сообщение, тем проще "
             "проверить факты.</p>"),
            ("heading", "Если вам предлагают взятку"),
            ("paragraph",
             "<ol><li>Откажитесь ясно, словами, не допускающими двойного толкования.</li>"
             "<li>Ничего не берите, даже «чтобы потом вернуть».</li>"
             "<li>Запомните подробности: кто предложил, какую сумму, что просил взамен и кто ещё "
             "присутствовал.</li>"
             "<li>Без промедления сообщите по номеру 1424, через eGov или письменно.</li>"
             "<li>Поставьте в известность непосредственного руководителя или уполномоченного по этике, "
             "если они сами не причастны.</li></ol>"
             "<p>Быстрое сообщение защищает и вас самих: оно не оставляет сомнений в том, что вы не "
             "приняли предложение. Промедление же даёт повод для подозрений, которых легко "
             "избежать.</p>"),
            ("heading", "Защита заявителя"),
            ("paragraph",
             "<p>Согласно разъяснениям, опубликованным в июне 2025 года, лицо, сообщившее о коррупции, "
             "нельзя привлечь к дисциплинарной ответственности, уволить или перевести, если в составе "
             "дисциплинарной комиссии, рассматривающей вопрос, нет представителя Антикоррупционной "
             "службы. Разглашение конфиденциальных сведений о заявителе является уголовно наказуемым. "
             "Создать комплексную систему такой защиты рекомендовала ещё ОЭСР в докладе о мониторинге "
             "2017 года.</p>"),
            ("callout", {
                "kind": "warning",
                "text": "Если после сообщения вас неожиданно привлекают к дисциплинарной ответственности, "
                        "увольняют или переводят, заявите, что вы сообщили о коррупции, и проверьте, входит "
                        "ли в дисциплинарную комиссию представитель Антикоррупционной службы.",
            }),
            ("heading", "Поощрение"),
            ("paragraph",
             "<p>Поощрение выплачивается на основании постановления Правительства № 1131. Согласно "
             "опубликованным обзорам правил поощрения:</p>"
             "<ul><li>если размер взятки или ущерба не превышает 1 000 МРП, выплачивается фиксированная "
             "сумма — 30, 40, 50, 70 или 100 МРП в зависимости от тяжести правонарушения;</li>"
             "<li>если он превышает 1 000 МРП, поощрение составляет 10% от суммы взятки или ущерба, но не "
             "более 4 000 МРП.</li></ul>"
             "<p>Кроме того, лица, содействующие раскрытию коррупции, могут получить благодарственные "
             "письма. Вознаграждение — не главная причина сообщать, но оно показывает, что государство "
             "ценит честную информацию.</p>"),
            ("key_facts", {
                "title": "Сообщения о коррупции коротко",
                "facts": [
                    "Звоните 1424: бесплатно и круглосуточно.",
                    "Обращайтесь онлайн через eGov с электронной цифровой подписью или письменно.",
                    "Заявители находятся под защитой государства (статья 24 Закона № 410-V).",
                    "Никаких взысканий, увольнения или перевода без представителя Антикоррупционной службы в дисциплинарной комиссии.",
                    "Разглашение конфиденциальных сведений о заявителе — преступление.",
                    "Поощрение: 30–100 МРП либо 10% от взятки или ущерба, но не более 4 000 МРП.",
                ],
            }),
            ("case_study", {
                "scenario": "Специалист областного управления сообщает по линии 1424, что руководитель "
                            "управления потребовал деньги за продление договора. Через две недели кадровая "
                            "служба начинает готовить приказ о переводе специалиста в другой район.",
                "questions": [
                    "Может ли управление перевести специалиста по своему усмотрению?",
                    "Какое условие должно быть выполнено до любого дисциплинарного взыскания или перевода?",
                    "Если требуемая взятка составляла 2 000 МРП и факт доказан, какое поощрение может получить специалист?",
                ],
                "takeaway": "Перевод нельзя оформить как обычное кадровое решение: для взыскания, "
                            "увольнения или перевода заявителя в дисциплинарной комиссии должен участвовать "
                            "представитель Антикоррупционной службы. При взятке свыше 1 000 МРП поощрение "
                            "составляет 10% от её суммы — здесь 200 МРП — в пределах 4 000 МРП.",
            }),
            ("paragraph",
             "<p>Сообщение о коррупции — не предательство коллектива. Оно защищает честных коллег, "
             "бюджет и граждан, которым служит ваш орган.</p>"),
            _sources("ru", "W1", "W9", "W10", "W12", "W13", "W14", "W29", "W20"),
        ],
        "kk": [
            ("heading", "Хабарлау неге маңызды"),
            ("paragraph",
             "<p>Сыбайлас жемқорлық үнсіздіктің арқасында өмір сүреді. № 410-V Заң сыбайлас жемқорлық "
             "туралы хабарлауды оған қарсы іс-қимыл шараларының қатарына жатқызады, ал мемлекет хабарлама "
             "берудің бірнеше арнасын, хабарлаушыларды қорғауды және ақпарат құқық бұзушылықты ашуға "
             "көмектескен жағдайда көтермелеуді ұсынады. Әрбір мемлекеттік қызметші бұл арналарды "
             "шұғыл қызметтердің нөмірлері сияқты жақсы білуі керек.</p>"),
            ("heading", "Қайда хабарлауға болады"),
            ("paragraph",
             "<ul><li><b>1424</b> — Сыбайлас жемқорлыққа қарсы қызметтің тәулік бойы, демалыссыз "
             "жұмыс істейтін тегін байланыс орталығы;</li>"
             "<li><b>eGov</b> — egov.kz порталында электрондық цифрлық қолтаңбамен қол қойылған онлайн "
             "өтініш;</li>"
             "<li><b>жазбаша</b> — Сыбайлас жемқорлыққа қарсы қызметке жазбаша арыз;</li>"
             "<li>2025 жылғы елдік шолуға сәйкес, хабарламаны WhatsApp чат-боты және веб-порталдағы "
             "онлайн-нысан арқылы да жіберуге болады.</li></ul>"
             "<p>Пайдалы хабарлама нақты болады: кім, не істеді, қашан және қайда, ал сіз бұл туралы "
             "қайдан білесіз. Құжаттар мен хабарламалардың көшірмелерін сақтаңыз, айтылған сөздерді "
             "мүмкіндігінше тез жазып алыңыз. Өз бетіңізше тергеу жүргізуге немесе тұзақ құруға "
             "тырыспаңыз — бұл уәкілетті органның міндеті.</p>"),
            _art("kk", "410", "24-бап",
                 "Сыбайлас жемқорлық құқық бұзушылық туралы хабарлаған немесе сыбайлас жемқорлыққа қарсы "
                 "іс-қимылға өзге де түрде жәрдем көрсеткен адам мемлекеттің қорғауында болады және "
                 "көтермеленуі мүмкін. Көтермелеу тәртібі мен мөлшерін Үкімет айқындайды; олар Үкіметтің "
                 "№ 1131 қаулысымен белгіленген."),
            ("paragraph",
             "<p>Хабарлау үшін толық дәлел жинау міндетті емес: деректерді тексеру — Сыбайлас "
             "жемқорлыққа қарсы қызметтің міндеті. Алдымен тікелей басшыңызға немесе әдеп жөніндегі "
             "уәкілге жүгінуге болады, бірақ егер олардың өздері қатысы болса, бірден жоғарыда аталған "
             "ресми арналарды пайдаланыңыз. Ең бастысы — кешіктірмеу: хабарлама неғұрлым ерте түссе, "
             "деректерді тексеру соғұрлым оңай болады.</p>"),
            ("heading", "Егер сізге пара ұсынылса"),
            ("paragraph",
             "<ol><li>Екі түрлі түсінуге жол бермейтін сөздермен анық бас тартыңыз.</li>"
             "<li>Ештеңе алмаңыз, тіпті «кейін қайтарамын» деген оймен де алмаңыз.</li>"
             "<li>Егжей-тегжейін есте сақтаңыз: кім ұсынды, қанша сома, оның орнына не сұрады және тағы "
             "кім болды.</li>"
             "<li>Кідірмей 1424 нөмірі, eGov арқылы немесе жазбаша хабарлаңыз.</li>"
             "<li>Егер олардың өздері қатысы болмаса, тікелей басшыңызға немесе әдеп жөніндегі уәкілге "
             "хабарлаңыз.</li></ol>"
             "<p>Жедел хабарлау сізді де қорғайды: ол сіздің ұсынысты қабылдамағаныңызды күмәнсіз "
             "көрсетеді. Ал кешіктіру оңай болдырмауға болатын күдікке негіз береді.</p>"),
            ("heading", "Хабарлаған адамды қорғау"),
            ("paragraph",
             "<p>2025 жылғы маусымда жарияланған түсіндірмелерге сәйкес, сыбайлас жемқорлық туралы "
             "хабарлаған адамды мәселені қарайтын тәртіптік комиссияның құрамында Сыбайлас жемқорлыққа "
             "қарсы қызметтің өкілі болмаса, тәртіптік жауапкершілікке тартуға, жұмыстан босатуға немесе "
             "басқа жұмысқа ауыстыруға болмайды. Хабарлаушы туралы құпия мәліметтерді жария ету қылмыстық "
             "жауаптылыққа әкеп соғады. Осындай қорғаудың кешенді жүйесін құруды ЭЫДҰ 2017 жылғы "
             "мониторинг баяндамасында ұсынған болатын.</p>"),
            ("callout", {
                "kind": "warning",
                "text": "Егер хабарлағаннан кейін сізді кенеттен тәртіптік жауапкершілікке тартса, жұмыстан "
                        "босатса немесе ауыстырса, сыбайлас жемқорлық туралы хабарлаған адам екеніңізді "
                        "мәлімдеп, тәртіптік комиссияда Сыбайлас жемқорлыққа қарсы қызметтің өкілі бар-жоғын "
                        "тексеріңіз.",
            }),
            ("heading", "Көтермелеу"),
            ("paragraph",
             "<p>Көтермелеу Үкіметтің № 1131 қаулысы негізінде төленеді. Көтермелеу қағидаларының "
             "жарияланған шолуларына сәйкес:</p>"
             "<ul><li>пара немесе залал мөлшері 1 000 АЕК-тен аспаса, құқық бұзушылықтың ауырлығына "
             "қарай тіркелген сома — 30, 40, 50, 70 немесе 100 АЕК төленеді;</li>"
             "<li>ол 1 000 АЕК-тен асса, көтермелеу пара немесе залал сомасының 10%-ын құрайды, бірақ "
             "4 000 АЕК-тен аспайды.</li></ul>"
             "<p>Сонымен қатар сыбайлас жемқорлықты ашуға жәрдемдескен адамдар алғыс хаттармен "
             "марапатталуы мүмкін. Сыйақы хабарлаудың басты себебі емес, бірақ ол мемлекеттің адал "
             "ақпаратты бағалайтынын көрсетеді.</p>"),
            ("key_facts", {
                "title": "Хабарлау қысқаша",
                "facts": [
                    "1424 нөміріне қоңырау шалыңыз: тегін және тәулік бойы.",
                    "eGov арқылы электрондық цифрлық қолтаңбамен онлайн немесе жазбаша жүгініңіз.",
                    "Хабарлаушылар мемлекеттің қорғауында (№ 410-V Заңның 24-бабы).",
                    "Тәртіптік комиссияда Сыбайлас жемқорлыққа қарсы қызметтің өкілі болмаса, жаза қолдануға, жұмыстан босатуға немесе ауыстыруға болмайды.",
                    "Хабарлаушы туралы құпия мәліметтерді жария ету — қылмыс.",
                    "Көтермелеу: 30–100 АЕК не пара немесе залал сомасының 10%-ы, бірақ 4 000 АЕК-тен аспайды.",
                ],
            }),
            ("case_study", {
                "scenario": "Облыстық басқарманың маманы 1424 желісі арқылы басқарма басшысы шартты ұзарту "
                            "үшін ақша талап еткенін хабарлайды. Екі аптадан кейін кадр қызметі маманды басқа "
                            "ауданға ауыстыру туралы бұйрық дайындай бастайды.",
                "questions": [
                    "Басқарма маманды өз қалауы бойынша ауыстыра ала ма?",
                    "Кез келген тәртіптік жаза немесе ауыстыру алдында қандай шарт орындалуы тиіс?",
                    "Талап етілген пара 2 000 АЕК болып, факт дәлелденсе, маман қандай көтермелеу ала алады?",
                ],
                "takeaway": "Ауыстыруды кәдімгі кадрлық шешім ретінде рәсімдеуге болмайды: хабарлаушыға "
                            "жаза қолдану, оны жұмыстан босату немесе ауыстыру үшін тәртіптік комиссияға "
                            "Сыбайлас жемқорлыққа қарсы қызметтің өкілі қатысуы тиіс. 1 000 АЕК-тен асатын "
                            "пара үшін көтермелеу оның сомасының 10%-ын құрайды — бұл жағдайда 200 АЕК, "
                            "4 000 АЕК шегінде.",
            }),
            ("paragraph",
             "<p>Сыбайлас жемқорлық туралы хабарлау — ұжымға опасыздық емес. Ол адал әріптестерді, "
             "бюджетті және органыңыз қызмет көрсететін азаматтарды қорғайды.</p>"),
            _sources("kk", "W1", "W9", "W10", "W12", "W13", "W14", "W29", "W20"),
        ],
    },
}


_LESSON_7 = {
    "slug": "liability",
    "topic": "liability",
    "title": _t(
        "Liability and consequences",
        "Ответственность и последствия",
        "Жауаптылық және салдарлар",
    ),
    "summary": _t(
        "What a corruption conviction means for a career, how managers answer for their subordinates and which further changes are planned.",
        "Что означает осуждение за коррупцию для карьеры, как руководители отвечают за подчинённых и какие изменения ещё планируются.",
        "Сыбайлас жемқорлық үшін сотталу мансапқа не әкеледі, басшылар бағыныштылары үшін қалай жауап береді және тағы қандай өзгерістер жоспарлануда.",
    ),
    "body": {
        "en": [
            ("heading", "Three levels of liability"),
            ("paragraph",
             "<p>Breaking anti-corruption rules can lead to disciplinary, administrative or criminal "
             "liability, depending on how serious the breach is. As lesson 2 explained, a corruption "
             "offence is a guilty unlawful act for which the law provides administrative or criminal "
             "liability. The gravest offences, such as receiving or giving a bribe (Articles 366 and 367 "
             "of the Criminal Code), are crimes. For corruption crimes the law adds consequences that "
             "reach far beyond the sentence itself.</p>"),
            ("heading", "What a corruption conviction means"),
            ("paragraph",
             "<p>As an explainer on the current draft law summarises the rules already in force, a person "
             "convicted of a corruption crime:</p>"
             "<ul><li>is barred <b>for life</b> from the civil service and from work in the quasi-public "
             "sector;</li>"
             "<li>cannot receive a suspended (conditional) sentence;</li>"
             "<li>cannot be released on parole if the crime is serious or especially serious;</li>"
             "<li>cannot be released from liability on the ground of reconciliation with the other "
             "party;</li>"
             "<li>faces a longer limitation period, so the case does not lapse quickly.</li></ul>"
             "<p>In other words, a single bribe can end a career for good, whatever the amount.</p>"),
            ("callout", {
                "kind": "remember",
                "text": "A corruption conviction closes the door to the civil service and the quasi-public "
                        "sector for life. There is no “second chance” after five or ten years.",
            }),
            ("heading", "Managers answer for their teams"),
            _art("en", "416", "Article 14",
                 "A person who resigned from a political post because a directly subordinate employee "
                 "committed a corruption offence may not be appointed or elected to a political public post "
                 "within one year of that resignation."),
            ("paragraph",
             "<p>Law No. 273-VI of 2019 strengthened the personal responsibility of managers. According to "
             "a summary of that law, ministers, deputy ministers and akims must resign within 10 days after "
             "a directly subordinate employee is convicted of a corruption crime. The Civil Service Law "
             "then bars them from political posts for one year. The message is clear: a manager answers "
             "not only for his or her own conduct but also for the integrity of the team, which means "
             "taking corruption risks in the unit seriously every day.</p>"),
            ("heading", "Planned changes: offer, promise and a public registry"),
            ("paragraph",
             "<p>According to the explainer on the draft law, two further changes are proposed:</p>"
             "<ul><li>the <b>promise or offer</b> of a bribe, or agreement to take one, would be a "
             "completed crime even if nothing has been handed over, in line with UNCAC;</li>"
             "<li>a <b>public registry</b> would list persons convicted of serious corruption crimes until "
             "their criminal record is expunged.</li></ul>"
             "<p>The explainer also notes that the 1998 law was among the first of its kind in the "
             "post-Soviet space, and that the new steps continue this line. At the Aviation "
             "Administration seminar on 21 November 2025 these measures, together with liability for "
             "failing to take anti-corruption measures, were still described as planned. Check whether "
             "they have been adopted before citing them as law.</p>"),
            ("key_facts", {
                "title": "Results for 2024 (according to the Anti-Corruption Agency's report to the President)",
                "facts": [
                    "521 corruption crimes detected.",
                    "257 officials involved, including 141 senior managers.",
                    "366 corruption cases sent to court.",
                    "1.13 trillion tenge returned to the state since 2022, including 15 billion tenge in 2025.",
                    "Misuse of 21.2 billion tenge of public funds prevented.",
                ],
            }),
            ("case_study", {
                "scenario": "A deputy minister learns that the head of a department who reports directly to "
                            "the deputy minister has been convicted of taking a bribe from a contractor.",
                "questions": [
                    "What must the deputy minister do, and within what time?",
                    "Can the deputy minister be appointed to another political post next month?",
                    "What consequences does the convicted department head face beyond the sentence?",
                ],
                "takeaway": "Under Law No. 273-VI the deputy minister must resign within 10 days. For one "
                            "year after resigning, the Civil Service Law bars appointment to a political "
                            "post. The convicted department head is barred for life from the civil service "
                            "and the quasi-public sector and cannot count on a suspended sentence.",
            }),
            ("case_study", {
                "scenario": "During an inspection, the owner of a business tells an inspector: “If your "
                            "report is positive, there will be a good sum for you next week.” The inspector "
                            "does not answer, and no money changes hands.",
                "questions": [
                    "Under the proposed rule, at what moment would the crime be complete?",
                    "Why is the inspector's silence risky?",
                    "What should the inspector do right away?",
                ],
                "takeaway": "Under the proposal, the crime would be complete as soon as the bribe is "
                            "offered, promised or agreed to, not when the money moves. Silence can be read "
                            "as agreement. The inspector should refuse clearly and report the offer through "
                            "1424 or another official channel without delay.",
            }),
            ("paragraph",
             "<p>The best protection against all of these consequences is simple: follow the restrictions, "
             "disclose conflicts of interest, file honest declarations and report what you see.</p>"),
            _sources("en", "S3", "S0", "W15", "W5", "W11", "S1"),
        ],
        "ru": [
            ("heading", "Три уровня ответственности"),
            ("paragraph",
             "<p>Нарушение антикоррупционных правил может повлечь дисциплинарную, административную или "
             "уголовную ответственность — в зависимости от тяжести нарушения. Как говорилось в уроке 2, "
             "коррупционное правонарушение — это противоправное виновное деяние, за которое закон "
             "устанавливает административную или уголовную ответственность. Наиболее тяжкие из них, "
             "например получение или дача взятки (статьи 366 и 367 Уголовного кодекса), являются "
             "преступлениями. За коррупционные преступления закон предусматривает последствия, которые "
             "выходят далеко за пределы самого наказания.</p>"),
            ("heading", "Что означает осуждение за коррупцию"),
            ("paragraph",
             "<p>Как кратко излагает действующие правила разъяснение к нынешнему законопроекту, лицо, "
             "осуждённое за коррупционное преступление:</p>"
             "<ul><li><b>пожизненно</b> лишается права работать на государственной службе и в "
             "квазигосударственном секторе;</li>"
             "<li>не может получить условное осуждение;</li>"
             "<li>не может быть освобождено условно-досрочно, если преступление тяжкое или особо "
             "тяжкое;</li>"
             "<li>не может быть освобождено от ответственности в связи с примирением сторон;</li>"
             "<li>подпадает под увеличенный срок давности, поэтому дело не прекращается быстро.</li></ul>"
             "<p>Иными словами, одна взятка может навсегда завершить карьеру, какой бы ни была её "
             "сумма.</p>"),
            ("callout", {
                "kind": "remember",
                "text": "Осуждение за коррупцию пожизненно закрывает путь на государственную службу и в "
                        "квазигосударственный сектор. «Второго шанса» через пять или десять лет нет.",
            }),
            ("heading", "Руководители отвечают за свои коллективы"),
            _art("ru", "416", "Статья 14",
                 "Лицо, ушедшее в отставку с политической должности в связи с совершением коррупционного "
                 "правонарушения непосредственно подчинённым работником, не может быть назначено или "
                 "избрано на политическую государственную должность в течение года после отставки."),
            ("paragraph",
             "<p>Закон № 273-VI 2019 года усилил персональную ответственность руководителей. Согласно "
             "обзору этого закона, министры, их заместители и акимы обязаны уйти в отставку в течение "
             "10 дней после осуждения непосредственно подчинённого работника за коррупционное "
             "преступление. Закон о государственной службе затем на год закрывает для них политические "
             "должности. Смысл ясен: руководитель отвечает не только за собственное поведение, но и за "
             "честность коллектива, а значит, должен каждый день серьёзно относиться к коррупционным "
             "рискам в своём подразделении.</p>"),
            ("heading", "Планируемые изменения: предложение, обещание и публичный реестр"),
            ("paragraph",
             "<p>Согласно разъяснению к законопроекту, предлагаются ещё два изменения:</p>"
             "<ul><li><b>обещание или предложение</b> взятки, а также согласие её получить станут "
             "оконченным преступлением, даже если ничего не было передано, — в соответствии с Конвенцией "
             "ООН против коррупции;</li>"
             "<li><b>публичный реестр</b> будет содержать сведения о лицах, осуждённых за тяжкие "
             "коррупционные преступления, до погашения или снятия судимости.</li></ul>"
             "<p>В разъяснении также отмечается, что закон 1998 года был одним из первых подобных на "
             "постсоветском пространстве и новые шаги продолжают эту линию. На семинаре Авиационной "
             "администрации 21 ноября 2025 года эти меры, как и ответственность за непринятие "
             "антикоррупционных мер, ещё назывались планируемыми. Прежде чем ссылаться на них как на "
             "действующее право, проверьте, приняты ли они.</p>"),
            ("key_facts", {
                "title": "Итоги 2024 года (по данным доклада Агентства по противодействию коррупции Главе государства)",
                "facts": [
                    "Выявлено 521 коррупционное преступление.",
                    "Причастны 257 должностных лиц, в том числе 141 руководитель.",
                    "В суд направлено 366 дел о коррупции.",
                    "С 2022 года государству возвращено 1,13 трлн тенге, в том числе 15 млрд тенге в 2025 году.",
                    "Предотвращено нецелевое использование 21,2 млрд тенге бюджетных средств.",
                ],
            }),
            ("case_study", {
                "scenario": "Вице-министр узнаёт, что начальник департамента, находящийся в его "
                            "непосредственном подчинении, осуждён за получение взятки от подрядчика.",
                "questions": [
                    "Что обязан сделать вице-министр и в какой срок?",
                    "Может ли вице-министр через месяц быть назначен на другую политическую должность?",
                    "Какие последствия, помимо наказания, ждут осуждённого начальника департамента?",
                ],
                "takeaway": "По Закону № 273-VI вице-министр обязан уйти в отставку в течение 10 дней. В "
                            "течение года после отставки Закон о государственной службе запрещает его "
                            "назначение на политическую должность. Осуждённый начальник департамента "
                            "пожизненно лишается права на государственную службу и работу в "
                            "квазигосударственном секторе и не может рассчитывать на условное осуждение.",
            }),
            ("case_study", {
                "scenario": "Во время проверки владелец бизнеса говорит инспектору: «Если акт будет "
                            "положительным, на следующей неделе вас будет ждать хорошая сумма». Инспектор "
                            "ничего не отвечает, деньги никто не передаёт.",
                "questions": [
                    "С какого момента преступление считалось бы оконченным по предлагаемой норме?",
                    "Чем опасно молчание инспектора?",
                    "Что инспектору следует сделать немедленно?",
                ],
                "takeaway": "По предлагаемой норме преступление было бы окончено уже в момент предложения, "
                            "обещания взятки или согласия на неё, а не в момент передачи денег. Молчание "
                            "может быть истолковано как согласие. Инспектору следует ясно отказаться и без "
                            "промедления сообщить о предложении по номеру 1424 или через другой официальный "
                            "канал.",
            }),
            ("paragraph",
             "<p>Лучшая защита от всех этих последствий проста: соблюдайте ограничения, сообщайте о "
             "конфликте интересов, подавайте честные декларации и сообщайте о том, что видите.</p>"),
            _sources("ru", "S3", "S0", "W15", "W5", "W11", "S1"),
        ],
        "kk": [
            ("heading", "Жауаптылықтың үш деңгейі"),
            ("paragraph",
             "<p>Сыбайлас жемқорлыққа қарсы қағидаларды бұзу бұзушылықтың ауырлығына қарай тәртіптік, "
             "әкімшілік немесе қылмыстық жауаптылыққа әкеп соғуы мүмкін. 2-сабақта айтылғандай, сыбайлас "
             "жемқорлық құқық бұзушылық — заңда ол үшін әкімшілік немесе қылмыстық жауаптылық "
             "белгіленген құқыққа қайшы кінәлі іс-әрекет. Олардың ең ауырлары, мысалы пара алу немесе пара "
             "беру (Қылмыстық кодекстің 366 және 367-баптары), қылмыс болып табылады. Сыбайлас жемқорлық "
             "қылмыстары үшін заң жазаның өзінен әлдеқайда ауқымды салдарларды көздейді.</p>"),
            ("heading", "Сыбайлас жемқорлық үшін сотталу нені білдіреді"),
            ("paragraph",
             "<p>Қазіргі заң жобасының түсіндірмесінде қолданыстағы қағидалар қысқаша баяндалғандай, "
             "сыбайлас жемқорлық қылмысы үшін сотталған адам:</p>"
             "<ul><li>мемлекеттік қызметте және квазимемлекеттік секторда жұмыс істеу құқығынан "
             "<b>өмір бойына</b> айырылады;</li>"
             "<li>шартты түрде соттала алмайды;</li>"
             "<li>қылмыс ауыр немесе аса ауыр болса, шартты түрде мерзімінен бұрын босатылмайды;</li>"
             "<li>тараптардың татуласуына байланысты жауаптылықтан босатылмайды;</li>"
             "<li>ұзартылған ескіру мерзіміне жатады, сондықтан іс тез тоқтатылмайды.</li></ul>"
             "<p>Басқаша айтқанда, сомасы қандай болса да, бір ғана пара мансапты біржола аяқтауы "
             "мүмкін.</p>"),
            ("callout", {
                "kind": "remember",
                "text": "Сыбайлас жемқорлық үшін сотталу мемлекеттік қызметке және квазимемлекеттік "
                        "секторға жолды өмір бойына жабады. Бес немесе он жылдан кейін «екінші мүмкіндік» "
                        "берілмейді.",
            }),
            ("heading", "Басшылар өз ұжымы үшін жауап береді"),
            _art("kk", "416", "14-бап",
                 "Тікелей бағынысты қызметкерінің сыбайлас жемқорлық құқық бұзушылық жасауына байланысты "
                 "саяси лауазымнан отставкаға кеткен адам отставкадан кейін бір жыл ішінде саяси "
                 "мемлекеттік лауазымға тағайындала немесе сайлана алмайды."),
            ("paragraph",
             "<p>2019 жылғы № 273-VI Заң басшылардың дербес жауапкершілігін күшейтті. Осы заңның шолуына "
             "сәйкес, министрлер, вице-министрлер және әкімдер тікелей бағынысты қызметкері сыбайлас "
             "жемқорлық қылмысы үшін сотталғаннан кейін 10 күн ішінде отставкаға кетуге міндетті. Содан "
             "кейін мемлекеттік қызмет туралы Заң оларға бір жыл бойы саяси лауазымдарды жабады. Мәні "
             "айқын: басшы өз мінез-құлқы үшін ғана емес, ұжымның адалдығы үшін де жауап береді, яғни өз "
             "бөлімшесіндегі сыбайлас жемқорлық тәуекелдеріне күн сайын байыппен қарауы тиіс.</p>"),
            ("heading", "Жоспарланған өзгерістер: ұсыну, уәде ету және жария тізілім"),
            ("paragraph",
             "<p>Заң жобасының түсіндірмесіне сәйкес, тағы екі өзгеріс ұсынылып отыр:</p>"
             "<ul><li>параны <b>уәде ету немесе ұсыну</b>, сондай-ақ оны алуға келісу ештеңе "
             "берілмесе де аяқталған қылмыс болып саналады — бұл БҰҰ-ның Сыбайлас жемқорлыққа қарсы "
             "конвенциясына сәйкес келеді;</li>"
             "<li>ауыр сыбайлас жемқорлық қылмыстары үшін сотталған адамдар туралы мәліметтер "
             "соттылығы өтелгенге немесе алынғанға дейін <b>жария тізілімде</b> сақталады.</li></ul>"
             "<p>Түсіндірмеде 1998 жылғы заң посткеңестік кеңістіктегі осындай алғашқы заңдардың бірі "
             "болғаны және жаңа қадамдар сол бағытты жалғастыратыны да атап өтілген. Авиациялық "
             "әкімшіліктің 2025 жылғы 21 қарашадағы семинарында бұл шаралар, сыбайлас жемқорлыққа қарсы "
             "шараларды қабылдамағаны үшін жауаптылықпен бірге, әлі де жоспарланған деп аталды. Оларға "
             "қолданыстағы құқық ретінде сілтеме жасамас бұрын қабылданған-қабылданбағанын "
             "тексеріңіз.</p>"),
            ("key_facts", {
                "title": "2024 жылдың қорытындылары (Сыбайлас жемқорлыққа қарсы іс-қимыл агенттігінің Мемлекет басшысына баяндамасы бойынша)",
                "facts": [
                    "521 сыбайлас жемқорлық қылмыс анықталды.",
                    "Оларға 257 лауазымды адам қатысты, оның ішінде 141 басшы.",
                    "Сыбайлас жемқорлық туралы 366 іс сотқа жолданды.",
                    "2022 жылдан бері мемлекетке 1,13 трлн теңге қайтарылды, оның ішінде 2025 жылы 15 млрд теңге.",
                    "21,2 млрд теңге бюджет қаражатын мақсатсыз пайдаланудың алдын алынды.",
                ],
            }),
            ("case_study", {
                "scenario": "Вице-министр өзіне тікелей бағынатын департамент директорының мердігерден пара "
                            "алғаны үшін сотталғанын біледі.",
                "questions": [
                    "Вице-министр не істеуге міндетті және қандай мерзімде?",
                    "Вице-министр бір айдан кейін басқа саяси лауазымға тағайындала ала ма?",
                    "Сотталған департамент директорын жазадан басқа қандай салдарлар күтеді?",
                ],
                "takeaway": "№ 273-VI Заң бойынша вице-министр 10 күн ішінде отставкаға кетуге міндетті. "
                            "Отставкадан кейін бір жыл бойы мемлекеттік қызмет туралы Заң оны саяси лауазымға "
                            "тағайындауға тыйым салады. Сотталған департамент директоры мемлекеттік қызмет "
                            "пен квазимемлекеттік сектордағы жұмыс құқығынан өмір бойына айырылады және "
                            "шартты түрде соттауға үміттене алмайды.",
            }),
            ("case_study", {
                "scenario": "Тексеру кезінде бизнес иесі инспекторға: «Егер акт оң болса, келесі аптада "
                            "сізді жақсы сома күтіп тұрады», — дейді. Инспектор ештеңе деп жауап бермейді, "
                            "ешкім ақша бермейді.",
                "questions": [
                    "Ұсынылып отырған норма бойынша қылмыс қай сәттен бастап аяқталған деп саналар еді?",
                    "Инспектордың үндемеуі неліктен қауіпті?",
                    "Инспектор дереу не істеуі керек?",
                ],
                "takeaway": "Ұсынылып отырған норма бойынша қылмыс ақша берілген сәтте емес, пара "
                            "ұсынылған, уәде етілген немесе оған келісім берілген сәтте-ақ аяқталған болып "
                            "саналар еді. Үндемеу келісім ретінде түсінілуі мүмкін. Инспектор анық бас тартып, "
                            "ұсыныс туралы 1424 нөмірі немесе басқа ресми арна арқылы кідірмей хабарлауы "
                            "тиіс.",
            }),
            ("paragraph",
             "<p>Осы салдарлардың бәрінен қорғанудың ең жақсы жолы қарапайым: шектеулерді сақтаңыз, "
             "мүдделер қақтығысы туралы хабарлаңыз, адал декларация тапсырыңыз және көргеніңіз туралы "
             "хабарлаңыз.</p>"),
            _sources("kk", "S3", "S0", "W15", "W5", "W11", "S1"),
        ],
    },
}


_LESSON_8 = {
    "slug": "ethics-and-culture",
    "topic": "ethics-and-culture",
    "title": _t(
        "Ethics and anti-corruption culture",
        "Этика и антикоррупционная культура",
        "Әдеп және сыбайлас жемқорлыққа қарсы мәдениет",
    ),
    "summary": _t(
        "The Ethics Code of civil servants, the role of the Ethics Commissioner and how zero tolerance of corruption is built in everyday work.",
        "Этический кодекс государственных служащих, роль уполномоченного по этике и то, как нулевая терпимость к коррупции формируется в повседневной работе.",
        "Мемлекеттік қызметшілердің Әдеп кодексі, әдеп жөніндегі уәкілдің рөлі және сыбайлас жемқорлыққа мүлдем төзбеушілік күнделікті жұмыста қалай қалыптасады.",
    ),
    "body": {
        "en": [
            ("heading", "Beyond the law: ethics"),
            ("paragraph",
             "<p>Laws set the minimum. Everyday conduct is shaped by ethics: how you treat citizens and "
             "colleagues, how you respond to pressure and how you act when no rule gives an exact answer. "
             "For civil servants of Kazakhstan these standards are set out in the <b>Ethics Code of Civil "
             "Servants of the Republic of Kazakhstan</b>. The Code describes public service as an "
             "expression of special trust placed in civil servants by society and the state — trust that "
             "is easy to lose and hard to regain.</p>"),
            _art("en", "153", "Ethics Code of civil servants; Regulation on the Ethics Commissioner",
                 "The Decree approved the Ethics Code of civil servants of the Republic of Kazakhstan and "
                 "the Regulation on the Ethics Commissioner. It took effect on 1 January 2016 and replaced "
                 "the Code of Honour of civil servants adopted in 2005."),
            ("heading", "The Ethics Commissioner"),
            ("paragraph",
             "<p>In state bodies the Ethics Commissioner is the person to whom ethical questions are "
             "addressed. The Commissioner:</p>"
             "<ul><li>makes sure the Ethics Code is observed;</li>"
             "<li>works to prevent breaches of civil service and anti-corruption legislation;</li>"
             "<li>advises employees, and citizens as well, on ethical and anti-corruption matters.</li></ul>"
             "<p>If you are unsure whether a gift, a side job or a contact involving a relative is "
             "acceptable, the Ethics Commissioner is the first person to ask. A question asked in advance "
             "is always better than an explanation given afterwards.</p>"),
            ("heading", "Building an anti-corruption culture"),
            ("paragraph",
             "<p>Forming an anti-corruption culture is one of the measures listed in Article 6 of Law "
             "No. 410-V. The aim is a society in which corruption is rejected rather than tolerated. "
             "According to the Anti-Corruption Agency's 2025 report to the President, about 3,000 events "
             "held under the “Law and Order” principle and the “Adal azamat” (“Honest citizen”) concept of "
             "anti-corruption culture reached more than 450,000 citizens. The Academic Integrity League and "
             "volunteer projects pursue the same goal among students and young people.</p>"
             "<p>At the international conference “Countering corruption in the context of globalization”, "
             "held in Astana on 7 December 2018 for International Anti-Corruption Day, three tasks were "
             "named:</p>"
             "<ul><li>building <b>zero tolerance</b> of corruption and a legal culture;</li>"
             "<li>partnership between the state, civil society and international organisations;</li>"
             "<li>cooperation between the state and non-governmental organisations against "
             "corruption.</li></ul>"
             "<p>The explainer on the current draft law makes a related point: giving a bribe should be "
             "seen as just as shameful as taking one.</p>"),
            ("heading", "Ethics in ordinary moments"),
            ("paragraph",
             "<p>Integrity is rarely tested in dramatic scenes. It shows in ordinary moments:</p>"
             "<ul><li><b>with citizens</b> — treating every applicant equally, explaining decisions and "
             "never hinting that things could go “faster” for a favour;</li>"
             "<li><b>with colleagues</b> — refusing to cover for a breach and never pressing a "
             "subordinate to bend the rules;</li>"
             "<li><b>as a manager</b> — setting the example, because a team copies what its head does, "
             "not what the head says;</li>"
             "<li><b>outside working hours</b> — remembering that private conduct and public posts also "
             "shape how people see the civil service.</li></ul>"
             "<p>None of these requires heroism. They require consistency, and the confidence that the "
             "law, the Ethics Code and the Ethics Commissioner are on the side of the honest "
             "employee.</p>"),
            ("key_facts", {
                "title": "Kazakhstan in the Corruption Perceptions Index",
                "facts": [
                    "2024: 40 points and 88th place out of 180 countries.",
                    "That is five places higher than a year earlier.",
                    "In 2016 Kazakhstan scored 29 points.",
                    "In February 2025 Kazakhstan became a member of the Executive Committee of the International Association of Anti-Corruption Authorities (IAACA).",
                ],
            }),
            ("callout", {
                "kind": "tip",
                "text": "Zero tolerance starts with small things: decline the box of chocolates, answer a "
                        "colleague's “everyone does it” with the facts, and ask the Ethics Commissioner "
                        "when in doubt.",
            }),
            ("case_study", {
                "scenario": "A newly hired specialist in the registration department of a district akimat "
                            "is told by an experienced colleague that applicants “always leave something "
                            "small as thanks” and that refusing would offend them.",
                "questions": [
                    "How does this “tradition” fit with the zero-tolerance approach?",
                    "How can the specialist refuse without offending the applicant?",
                    "Who can advise the specialist on how to respond to the colleague's practice?",
                ],
                "takeaway": "Small thank-you gifts linked to official work are still prohibited, and a "
                            "culture of tolerating them is exactly what anti-corruption policy aims to "
                            "change. A polite, firm refusal with a brief reference to the law usually works. "
                            "The Ethics Commissioner can advise on the situation and on how to address the "
                            "colleague's practice.",
            }),
            ("paragraph",
             "<p>This course ends where everyday work begins. Each decision you take honestly — declining "
             "a gift, disclosing an interest, filing a full declaration, reporting a bribe — adds to the "
             "trust that public service depends on.</p>"),
            _sources("en", "W22", "W23", "W24", "W1", "S1", "S2", "S3", "W27"),
        ],
        "ru": [
            ("heading", "Больше, чем закон: этика"),
            ("paragraph",
             "<p>Законы задают минимум. Повседневное поведение определяет этика: как вы относитесь к "
             "гражданам и коллегам, как реагируете на давление и как поступаете, когда ни одно правило не "
             "даёт точного ответа. Для государственных служащих Казахстана эти стандарты закреплены в "
             "<b>Этическом кодексе государственных служащих Республики Казахстан</b>. Кодекс называет "
             "государственную службу выражением особого доверия общества и государства — доверия, которое "
             "легко потерять и трудно вернуть.</p>"),
            _art("ru", "153", "Этический кодекс государственных служащих; Положение об уполномоченном по этике",
                 "Указ утвердил Этический кодекс государственных служащих Республики Казахстан и "
                 "Положение об уполномоченном по этике. Он вступил в силу 1 января 2016 года и заменил "
                 "Кодекс чести государственных служащих, принятый в 2005 году."),
            ("heading", "Уполномоченный по этике"),
            ("paragraph",
             "<p>В государственных органах вопросы этики адресуются уполномоченному по этике. Он:</p>"
             "<ul><li>обеспечивает соблюдение Этического кодекса;</li>"
             "<li>работает над предупреждением нарушений законодательства о государственной службе и о "
             "противодействии коррупции;</li>"
             "<li>консультирует служащих, а также граждан по вопросам этики и противодействия "
             "коррупции.</li></ul>"
             "<p>Если вы сомневаетесь, допустимы ли подарок, подработка или контакт с участием "
             "родственника, первым делом обратитесь к уполномоченному по этике. Вопрос, заданный заранее, "
             "всегда лучше объяснений задним числом.</p>"),
            ("heading", "Формирование антикоррупционной культуры"),
            ("paragraph",
             "<p>Формирование антикоррупционной культуры — одна из мер, перечисленных в статье 6 Закона "
             "№ 410-V. Цель — общество, в котором коррупцию отвергают, а не терпят. По данным доклада "
             "Агентства по противодействию коррупции Главе государства в 2025 году, около 3 000 "
             "мероприятий в рамках принципа «Закон и Порядок» и концепции антикоррупционной культуры "
             "«Адал азамат» («Честный гражданин») охватили более 450 000 граждан. Ту же цель среди "
             "студентов и молодёжи преследуют Лига академической честности и волонтёрские проекты.</p>"
             "<p>На международной конференции «Противодействие коррупции в условиях глобализации», "
             "прошедшей в Астане 7 декабря 2018 года в Международный день борьбы с коррупцией, были "
             "названы три задачи:</p>"
             "<ul><li>формирование <b>нулевой терпимости</b> к коррупции и правовой культуры;</li>"
             "<li>партнёрство государства, гражданского общества и международных организаций;</li>"
             "<li>взаимодействие государства и неправительственных организаций в борьбе с "
             "коррупцией.</li></ul>"
             "<p>Разъяснение к нынешнему законопроекту развивает ту же мысль: давать взятку должно быть "
             "так же постыдно, как и брать её.</p>"),
            ("heading", "Этика в обычных ситуациях"),
            ("paragraph",
             "<p>Честность редко проверяется в драматических сценах. Она проявляется в обычных "
             "ситуациях:</p>"
             "<ul><li><b>с гражданами</b> — одинаково относиться к каждому заявителю, объяснять свои "
             "решения и никогда не намекать, что дело может пойти «быстрее» за услугу;</li>"
             "<li><b>с коллегами</b> — не покрывать нарушения и никогда не давить на подчинённых, "
             "требуя обойти правила;</li>"
             "<li><b>в роли руководителя</b> — подавать пример, ведь коллектив повторяет то, что "
             "руководитель делает, а не то, что он говорит;</li>"
             "<li><b>вне работы</b> — помнить, что поведение в частной жизни и публикации в социальных "
             "сетях тоже формируют отношение людей к государственной службе.</li></ul>"
             "<p>Ничто из этого не требует героизма. Нужны последовательность и уверенность в том, что "
             "закон, Этический кодекс и уполномоченный по этике на стороне честного служащего.</p>"),
            ("key_facts", {
                "title": "Казахстан в Индексе восприятия коррупции",
                "facts": [
                    "2024 год: 40 баллов и 88-е место из 180 стран.",
                    "Это на пять позиций выше, чем годом ранее.",
                    "В 2016 году у Казахстана было 29 баллов.",
                    "В феврале 2025 года Казахстан вошёл в состав Исполнительного комитета Международной ассоциации антикоррупционных органов (IAACA).",
                ],
            }),
            ("callout", {
                "kind": "tip",
                "text": "Нулевая терпимость начинается с мелочей: откажитесь от коробки конфет, ответьте на "
                        "«так делают все» фактами и обратитесь к уполномоченному по этике, если "
                        "сомневаетесь.",
            }),
            ("case_study", {
                "scenario": "Новому специалисту регистрационного отдела районного акимата опытный коллега "
                            "говорит, что посетители «всегда оставляют что-нибудь небольшое в благодарность» "
                            "и отказ их обидит.",
                "questions": [
                    "Как эта «традиция» соотносится с принципом нулевой терпимости?",
                    "Как специалисту отказаться, не обидев посетителя?",
                    "Кто может подсказать специалисту, как реагировать на практику коллеги?",
                ],
                "takeaway": "Небольшие подарки «в благодарность», связанные со служебной работой, всё равно "
                            "запрещены, а терпимость к ним — именно то, что антикоррупционная политика "
                            "стремится изменить. Вежливый, но твёрдый отказ с короткой ссылкой на закон "
                            "обычно срабатывает. Уполномоченный по этике подскажет, как поступить в этой "
                            "ситуации и как поговорить с коллегой.",
            }),
            ("paragraph",
             "<p>Курс заканчивается там, где начинается повседневная работа. Каждое честное решение — "
             "отказ от подарка, сообщение о конфликте интересов, полная декларация, сообщение о взятке — "
             "укрепляет доверие, на котором держится государственная служба.</p>"),
            _sources("ru", "W22", "W23", "W24", "W1", "S1", "S2", "S3", "W27"),
        ],
        "kk": [
            ("heading", "Заңнан да кеңірек: әдеп"),
            ("paragraph",
             "<p>Заңдар ең төменгі талапты белгілейді. Күнделікті мінез-құлықты әдеп айқындайды: "
             "азаматтар мен әріптестерге қалай қарайсыз, қысымға қалай жауап бересіз және ешбір қағида "
             "нақты жауап бермегенде қалай әрекет етесіз. Қазақстанның мемлекеттік қызметшілері үшін бұл "
             "стандарттар <b>Қазақстан Республикасы мемлекеттік қызметшілерінің Әдеп кодексінде</b> "
             "бекітілген. Кодекс мемлекеттік қызметті қоғам мен мемлекеттің ерекше сенімінің көрінісі деп "
             "сипаттайды — ал бұл сенімді жоғалту оңай, қайтару қиын.</p>"),
            _art("kk", "153", "Мемлекеттік қызметшілердің Әдеп кодексі; Әдеп жөніндегі уәкіл туралы ереже",
                 "Жарлық Қазақстан Республикасы мемлекеттік қызметшілерінің Әдеп кодексін және Әдеп "
                 "жөніндегі уәкіл туралы ережені бекітті. Ол 2016 жылғы 1 қаңтардан бастап күшіне енді "
                 "және 2005 жылы қабылданған мемлекеттік қызметшілердің Ар-намыс кодексін алмастырды."),
            ("heading", "Әдеп жөніндегі уәкіл"),
            ("paragraph",
             "<p>Мемлекеттік органдарда әдепке қатысты сұрақтар әдеп жөніндегі уәкілге жолданады. Ол:</p>"
             "<ul><li>Әдеп кодексінің сақталуын қамтамасыз етеді;</li>"
             "<li>мемлекеттік қызмет туралы және сыбайлас жемқорлыққа қарсы іс-қимыл туралы заңнаманың "
             "бұзылуының алдын алу бойынша жұмыс істейді;</li>"
             "<li>қызметшілерге, сондай-ақ азаматтарға әдеп және сыбайлас жемқорлыққа қарсы іс-қимыл "
             "мәселелері бойынша кеңес береді.</li></ul>"
             "<p>Сыйлыққа, қосымша жұмысқа немесе туысқа қатысты байланысқа жол беруге бола ма деп "
             "күмәндансаңыз, алдымен әдеп жөніндегі уәкілге жүгініңіз. Алдын ала қойылған сұрақ кейін "
             "берілетін түсіндірмеден әрқашан жақсы.</p>"),
            ("heading", "Сыбайлас жемқорлыққа қарсы мәдениетті қалыптастыру"),
            ("paragraph",
             "<p>Сыбайлас жемқорлыққа қарсы мәдениетті қалыптастыру — № 410-V Заңның 6-бабында аталған "
             "шаралардың бірі. Мақсат — сыбайлас жемқорлыққа төзбейтін, оны қабылдамайтын қоғам. "
             "Сыбайлас жемқорлыққа қарсы іс-қимыл агенттігінің 2025 жылғы Мемлекет басшысына "
             "баяндамасына сәйкес, «Заң және Тәртіп» қағидаты мен «Адал азамат» сыбайлас жемқорлыққа "
             "қарсы мәдениет тұжырымдамасы аясында өткен 3 000-ға жуық іс-шара 450 000-нан астам азаматты "
             "қамтыды. Академиялық адалдық лигасы мен еріктілер жобалары студенттер мен жастар арасында "
             "осы мақсатқа қызмет етеді.</p>"
             "<p>2018 жылғы 7 желтоқсанда Халықаралық сыбайлас жемқорлыққа қарсы күрес күніне орай "
             "Астанада өткен «Жаһандану жағдайында сыбайлас жемқорлыққа қарсы іс-қимыл» халықаралық "
             "конференциясында үш міндет аталды:</p>"
             "<ul><li>сыбайлас жемқорлыққа <b>мүлдем төзбеушілікті</b> және құқықтық мәдениетті "
             "қалыптастыру;</li>"
             "<li>мемлекеттің, азаматтық қоғамның және халықаралық ұйымдардың әріптестігі;</li>"
             "<li>сыбайлас жемқорлыққа қарсы күресте мемлекет пен үкіметтік емес ұйымдардың өзара "
             "іс-қимылы.</li></ul>"
             "<p>Қазіргі заң жобасының түсіндірмесі де осы ойды жалғастырады: пара беру де пара алу "
             "сияқты ұят іс ретінде қабылдануы тиіс.</p>"),
            ("heading", "Күнделікті жағдайлардағы әдеп"),
            ("paragraph",
             "<p>Адалдық сирек жағдайда ғана сыналмайды. Ол күнделікті жағдайларда көрінеді:</p>"
             "<ul><li><b>азаматтармен қарым-қатынаста</b> — әрбір өтініш берушіге бірдей қарау, "
             "шешімдерді түсіндіру және қызмет үшін іс «тезірек» жүруі мүмкін деп ешқашан ишара "
             "жасамау;</li>"
             "<li><b>әріптестермен</b> — бұзушылықты жасырмау және бағыныштыларды қағиданы айналып "
             "өтуге ешқашан мәжбүрлемеу;</li>"
             "<li><b>басшы ретінде</b> — үлгі көрсету, өйткені ұжым басшының айтқанын емес, істегенін "
             "қайталайды;</li>"
             "<li><b>жұмыстан тыс уақытта</b> — жеке өмірдегі мінез-құлық пен әлеуметтік желілердегі "
             "жазбалар да адамдардың мемлекеттік қызметке деген көзқарасын қалыптастыратынын есте "
             "сақтау.</li></ul>"
             "<p>Мұның ешқайсысы ерлікті талап етпейді. Бірізділік қажет, сондай-ақ заң, Әдеп кодексі "
             "және әдеп жөніндегі уәкіл адал қызметшінің жағында екеніне сенім керек. Осындай сенім "
             "болғанда дұрыс шешім қабылдау әлдеқайда жеңіл болады.</p>"),
            ("key_facts", {
                "title": "Қазақстан Сыбайлас жемқорлықты қабылдау индексінде",
                "facts": [
                    "2024 жыл: 40 балл және 180 елдің ішінде 88-орын.",
                    "Бұл бір жыл бұрынғыдан бес саты жоғары.",
                    "2016 жылы Қазақстанның көрсеткіші 29 балл болды.",
                    "2025 жылғы ақпанда Қазақстан Сыбайлас жемқорлыққа қарсы органдардың халықаралық қауымдастығының (IAACA) Атқарушы комитетінің құрамына енді.",
                ],
            }),
            ("callout", {
                "kind": "tip",
                "text": "Мүлдем төзбеушілік ұсақ нәрселерден басталады: бір қорап кәмпиттен бас тартыңыз, "
                        "әріптестің «бәрі солай істейді» деген сөзіне деректермен жауап беріңіз және күмәніңіз "
                        "болса, әдеп жөніндегі уәкілге жүгініңіз.",
            }),
            ("case_study", {
                "scenario": "Аудан әкімдігінің тіркеу бөліміне жаңадан қабылданған маманға тәжірибелі "
                            "әріптесі келушілер «алғыс ретінде әрдайым бір кішкене нәрсе қалдырып кететінін» "
                            "және бас тарту оларды ренжітетінін айтады.",
                "questions": [
                    "Бұл «дәстүр» мүлдем төзбеушілік қағидатымен қалай үйлеседі?",
                    "Маман келушіні ренжітпей қалай бас тарта алады?",
                    "Әріптесінің әдетіне қалай жауап беру керектігі туралы маманға кім кеңес бере алады?",
                ],
                "takeaway": "Қызметтік жұмысқа байланысты шағын «алғыс» сыйлықтарына да тыйым салынған, ал "
                            "оларға төзімділік — сыбайлас жемқорлыққа қарсы саясат өзгертуге ұмтылатын нақ "
                            "сол нәрсе. Заңға қысқаша сілтеме жасалған сыпайы, бірақ нық бас тарту әдетте "
                            "нәтиже береді. Әдеп жөніндегі уәкіл осы жағдайда не істеу керегін және "
                            "әріптеспен қалай сөйлесу керегін айтып береді.",
            }),
            ("paragraph",
             "<p>Курс күнделікті жұмыс басталатын жерде аяқталады. Әрбір адал шешім — сыйлықтан бас тарту, "
             "мүдделер қақтығысы туралы хабарлау, толық декларация тапсыру, пара туралы хабарлау — "
             "мемлекеттік қызметтің тірегі болып табылатын сенімді нығайтады.</p>"),
            _sources("kk", "W22", "W23", "W24", "W1", "S1", "S2", "S3", "W27"),
        ],
    },
}

LESSONS = [
    _LESSON_1,
    _LESSON_2,
    _LESSON_3,
    _LESSON_4,
    _LESSON_5,
    _LESSON_6,
    _LESSON_7,
    _LESSON_8,
]


# ---------------------------------------------------------------------------
# Question pool (at least 8 per topic)
# ---------------------------------------------------------------------------


def _c(en, ru, kk, correct=False):
    """An answer choice."""
    return {"text": _t(en, ru, kk), "correct": correct}


def _tf(is_true):
    """The two choices of a true/false question."""
    return [
        _c("True", "Верно", "Дұрыс", is_true),
        _c("False", "Неверно", "Қате", not is_true),
    ]


def _q(key, topic, kind, text, explanation, choices):
    return {
        "key": key,
        "topic": topic,
        "kind": kind,
        "text": text,
        "explanation": explanation,
        "choices": choices,
    }


_Q_LEGAL = [
    _q("legal-framework-01", "legal-framework", "single",
       _t("When was Law No. 410-V “On Combating Corruption” adopted?",
          "Когда был принят Закон № 410-V «О противодействии коррупции»?",
          "«Сыбайлас жемқорлыққа қарсы іс-қимыл туралы» № 410-V Заң қашан қабылданды?"),
       _t("The Law is dated 18 November 2015 (Adilet). 23 November 2015 is the date of the Civil Service Law, and 2 February 2022 is the date of Decree No. 802 approving the Concept.",
          "Закон датирован 18 ноября 2015 года (ИПС «Әділет»). 23 ноября 2015 года — дата Закона о государственной службе, а 2 февраля 2022 года — дата Указа № 802 об утверждении Концепции.",
          "Заң 2015 жылғы 18 қарашада қабылданған («Әділет» АҚЖ). 2015 жылғы 23 қараша — мемлекеттік қызмет туралы Заңның күні, ал 2022 жылғы 2 ақпан — Тұжырымдаманы бекіткен № 802 Жарлықтың күні."),
       [
           _c("2 July 1998", "2 июля 1998 года", "1998 жылғы 2 шілдеде"),
           _c("18 November 2015", "18 ноября 2015 года", "2015 жылғы 18 қарашада", True),
           _c("23 November 2015", "23 ноября 2015 года", "2015 жылғы 23 қарашада"),
           _c("2 February 2022", "2 февраля 2022 года", "2022 жылғы 2 ақпанда"),
       ]),
    _q("legal-framework-02", "legal-framework", "single",
       _t("Which article of the UN Convention against Corruption asks states to apply codes or standards of conduct for public officials?",
          "Какая статья Конвенции ООН против коррупции призывает государства применять кодексы или стандарты поведения публичных должностных лиц?",
          "БҰҰ-ның Сыбайлас жемқорлыққа қарсы конвенциясының қай бабы мемлекеттерді мемлекеттік лауазымды адамдардың мінез-құлық кодекстерін немесе стандарттарын қолдануға шақырады?"),
       _t("Article 8(2) of UNCAC deals with codes of conduct; Article 52(5) concerns financial disclosure (UNCAC text; Transparency International guide).",
          "Кодексам поведения посвящён пункт 2 статьи 8 Конвенции; пункт 5 статьи 52 касается раскрытия финансовой информации (текст Конвенции; руководство Transparency International).",
          "Мінез-құлық кодекстеріне Конвенцияның 8-бабының 2-тармағы арналған; 52-баптың 5-тармағы қаржылық ақпаратты ашуға қатысты (Конвенция мәтіні; Transparency International нұсқаулығы)."),
       [
           _c("Article 5", "Статья 5", "5-бап"),
           _c("Article 8", "Статья 8", "8-бап", True),
           _c("Article 52", "Статья 52", "52-бап"),
           _c("Article 36", "Статья 36", "36-бап"),
       ]),
    _q("legal-framework-03", "legal-framework", "single",
       _t("Which of the following was NOT among the amendments planned for 2025–2026, as presented at the November 2025 seminar?",
          "Что из перечисленного НЕ входило в поправки, запланированные на 2025–2026 годы, согласно семинару в ноябре 2025 года?",
          "2025 жылғы қарашадағы семинарда таныстырылған 2025–2026 жылдарға жоспарланған түзетулердің қатарына мыналардың қайсысы КІРМЕДІ?"),
       _t("The seminar of the Aviation Administration of Kazakhstan (21 November 2025) listed a public registry, criminalising the promise or offer of a bribe, conflict-of-interest rules, “follow the money” investigations and liability for failing to take anti-corruption measures. Nothing was said about the death penalty.",
          "На семинаре Авиационной администрации Казахстана (21 ноября 2025 года) назывались публичный реестр, криминализация обещания или предложения взятки, правила о конфликте интересов, расследования «следуй за деньгами» и ответственность за непринятие антикоррупционных мер. О смертной казни речи не шло.",
          "Қазақстанның авиациялық әкімшілігінің семинарында (2025 жылғы 21 қараша) жария тізілім, параны уәде ету мен ұсынуды қылмыс деп тану, мүдделер қақтығысы туралы қағидалар, «ақшаның ізімен» тергеулер және сыбайлас жемқорлыққа қарсы шараларды қабылдамағаны үшін жауаптылық аталды. Өлім жазасы туралы сөз болған жоқ."),
       [
           _c("A public registry of persons convicted of corruption",
              "Публичный реестр лиц, осуждённых за коррупцию",
              "Сыбайлас жемқорлық үшін сотталғандардың жария тізілімі"),
           _c("Making the promise or offer of a bribe a crime",
              "Признание обещания или предложения взятки преступлением",
              "Параны уәде етуді немесе ұсынуды қылмыс деп тану"),
           _c("“Follow the money” financial investigations",
              "Финансовые расследования «следуй за деньгами»",
              "«Ақшаның ізімен» жүргізілетін қаржылық тергеулер"),
           _c("Reinstating the death penalty for corruption",
              "Возвращение смертной казни за коррупцию",
              "Сыбайлас жемқорлық үшін өлім жазасын қайта енгізу", True),
       ]),
    _q("legal-framework-04", "legal-framework", "single",
       _t("Which act approved the Anti-Corruption Policy Concept of the Republic of Kazakhstan for 2022–2026?",
          "Каким актом утверждена Концепция антикоррупционной политики Республики Казахстан на 2022–2026 годы?",
          "Қазақстан Республикасының 2022–2026 жылдарға арналған сыбайлас жемқорлыққа қарсы саясатының тұжырымдамасы қандай актімен бекітілді?"),
       _t("The Concept was approved by Presidential Decree No. 802 of 2 February 2022 (dissertation abstract on anti-corruption policy, apa.kz). Decree No. 153 approved the Ethics Code; Decree No. 1131 concerns rewards; Law No. 31-IV ratified UNCAC.",
          "Концепция утверждена Указом Президента № 802 от 2 февраля 2022 года (автореферат диссертации, apa.kz). Указ № 153 утвердил Этический кодекс, постановление № 1131 касается поощрения, Закон № 31-IV ратифицировал Конвенцию ООН.",
          "Тұжырымдама Президенттің 2022 жылғы 2 ақпандағы № 802 Жарлығымен бекітілген (диссертация авторефераты, apa.kz). № 153 Жарлық Әдеп кодексін бекітті, № 1131 қаулы көтермелеуге қатысты, № 31-IV Заң БҰҰ конвенциясын ратификациялады."),
       [
           _c("Presidential Decree No. 802 of 2 February 2022", "Указ Президента № 802 от 2 февраля 2022 года", "Президенттің 2022 жылғы 2 ақпандағы № 802 Жарлығы", True),
           _c("Presidential Decree No. 153 of 29 December 2015", "Указ Президента № 153 от 29 декабря 2015 года", "Президенттің 2015 жылғы 29 желтоқсандағы № 153 Жарлығы"),
           _c("Government Decree No. 1131", "Постановление Правительства № 1131", "Үкіметтің № 1131 қаулысы"),
           _c("Law No. 31-IV of 4 May 2008", "Закон № 31-IV от 4 мая 2008 года", "2008 жылғы 4 мамырдағы № 31-IV Заң"),
       ]),
    _q("legal-framework-05", "legal-framework", "single",
       _t("How did Kazakhstan ratify the UN Convention against Corruption?",
          "Каким актом Казахстан ратифицировал Конвенцию ООН против коррупции?",
          "Қазақстан БҰҰ-ның Сыбайлас жемқорлыққа қарсы конвенциясын қандай актімен ратификациялады?"),
       _t("UNCAC was ratified by the Law of 4 May 2008 No. 31-IV, as recalled in the Supreme Court's normative decision No. 8 of 27 November 2015 (Adilet).",
          "Конвенция ратифицирована Законом от 4 мая 2008 года № 31-IV, о чём напоминает нормативное постановление Верховного Суда № 8 от 27 ноября 2015 года (ИПС «Әділет»).",
          "Конвенция 2008 жылғы 4 мамырдағы № 31-IV Заңмен ратификацияланды; бұл туралы Жоғарғы Соттың 2015 жылғы 27 қарашадағы № 8 нормативтік қаулысында айтылған («Әділет» АҚЖ)."),
       [
           _c("By the Law of 4 May 2008 No. 31-IV", "Законом от 4 мая 2008 года № 31-IV", "2008 жылғы 4 мамырдағы № 31-IV Заңмен", True),
           _c("By Law No. 410-V of 18 November 2015", "Законом № 410-V от 18 ноября 2015 года", "2015 жылғы 18 қарашадағы № 410-V Заңмен"),
           _c("By Presidential Decree No. 802", "Указом Президента № 802", "Президенттің № 802 Жарлығымен"),
           _c("By Law No. 416-V on civil service", "Законом № 416-V о государственной службе", "Мемлекеттік қызмет туралы № 416-V Заңмен"),
       ]),
    _q("legal-framework-06", "legal-framework", "multiple",
       _t("Which of these are among the measures of combating corruption listed in Article 6 of Law No. 410-V? Select all that apply.",
          "Какие из этих мер входят в перечень мер противодействия коррупции статьи 6 Закона № 410-V? Выберите все подходящие.",
          "Мыналардың қайсысы № 410-V Заңның 6-бабында аталған сыбайлас жемқорлыққа қарсы іс-қимыл шараларына жатады? Барлық дұрыс жауапты таңдаңыз."),
       _t("Article 6 lists, among others, anti-corruption monitoring and analysis of corruption risks, financial control and the prevention and settlement of conflicts of interest (Law No. 410-V, Article 6; academic article on Article 6). Lie-detector testing is not among them.",
          "Статья 6 называет, в частности, антикоррупционный мониторинг и анализ коррупционных рисков, финансовый контроль, предотвращение и разрешение конфликта интересов (Закон № 410-V, статья 6; научная статья). Проверки на полиграфе в перечне нет.",
          "6-бап, атап айтқанда, сыбайлас жемқорлыққа қарсы мониторинг пен сыбайлас жемқорлық тәуекелдерін талдауды, қаржылық бақылауды, мүдделер қақтығысының алдын алу мен оны шешуді атайды (№ 410-V Заң, 6-бап; ғылыми мақала). Полиграфпен тексеру бұл тізбеде жоқ."),
       [
           _c("Anti-corruption monitoring and analysis of corruption risks", "Антикоррупционный мониторинг и анализ коррупционных рисков", "Сыбайлас жемқорлыққа қарсы мониторинг және сыбайлас жемқорлық тәуекелдерін талдау", True),
           _c("Financial control", "Финансовый контроль", "Қаржылық бақылау", True),
           _c("Prevention and settlement of conflicts of interest", "Предотвращение и разрешение конфликта интересов", "Мүдделер қақтығысының алдын алу және оны шешу", True),
           _c("Mandatory lie-detector testing of every civil servant", "Обязательная проверка каждого государственного служащего на полиграфе", "Әрбір мемлекеттік қызметшіні міндетті түрде полиграфпен тексеру"),
       ]),
    _q("legal-framework-07", "legal-framework", "true_false",
       _t("ISO 37001:2016 covers every form of corruption, not only bribery.",
          "Стандарт ISO 37001:2016 охватывает все формы коррупции, а не только взяточничество.",
          "ISO 37001:2016 стандарты тек парақорлықты емес, сыбайлас жемқорлықтың барлық нысанын қамтиды."),
       _t("False. ISO 37001:2016 on anti-bribery management systems suits any type of organisation but deals with bribery only (EVS catalogue entry; academic article on Law No. 410-V).",
          "Неверно. ISO 37001:2016 о системах менеджмента борьбы со взяточничеством подходит организациям любого типа, но касается только взяточничества (каталог EVS; научная статья о Законе № 410-V).",
          "Қате. Параға қарсы менеджмент жүйелері туралы ISO 37001:2016 кез келген ұйымға жарамды, бірақ тек парақорлыққа қатысты (EVS каталогы; № 410-V Заң туралы ғылыми мақала)."),
       _tf(False)),
    _q("legal-framework-08", "legal-framework", "true_false",
       _t("Kazakhstan has been a member of the Council of Europe's Group of States against Corruption (GRECO) since 16 January 2020.",
          "Казахстан является членом Группы государств против коррупции Совета Европы (ГРЕКО) с 16 января 2020 года.",
          "Қазақстан 2020 жылғы 16 қаңтардан бастап Еуропа Кеңесінің Сыбайлас жемқорлыққа қарсы мемлекеттер тобының (GRECO) мүшесі."),
       _t("True. Kazakhstan joined GRECO on 16 January 2020 (GRECO Joint First and Second Round Evaluation Report on Kazakhstan).",
          "Верно. Казахстан вступил в ГРЕКО 16 января 2020 года (доклад ГРЕКО по объединённым первому и второму раундам оценки).",
          "Дұрыс. Қазақстан GRECO-ға 2020 жылғы 16 қаңтарда мүше болды (GRECO-ның біріктірілген бірінші және екінші раундтар бойынша бағалау баяндамасы)."),
       _tf(True)),
]


_Q_SUBJECTS = [
    _q("corruption-and-subjects-01", "corruption-and-subjects", "single",
       _t("How does Law No. 410-V classify a civil servant?",
          "К какой категории Закон № 410-V относит государственного служащего?",
          "№ 410-V Заң мемлекеттік қызметшіні қай санатқа жатқызады?"),
       _t("Under Article 1 of Law No. 410-V, persons authorised to perform state functions include civil servants, maslikhat deputies and persons temporarily performing the duties of a state post (Adilet).",
          "По статье 1 Закона № 410-V к лицам, уполномоченным на выполнение государственных функций, относятся государственные служащие, депутаты маслихатов и лица, временно исполняющие обязанности по государственной должности (ИПС «Әділет»).",
          "№ 410-V Заңның 1-бабы бойынша мемлекеттік функцияларды орындауға уәкілеттік берілген адамдарға мемлекеттік қызметшілер, мәслихат депутаттары және мемлекеттік лауазым бойынша міндеттерді уақытша атқаратын адамдар жатады («Әділет» АҚЖ)."),
       [
           _c("A person holding a responsible public position", "Лицо, занимающее ответственную государственную должность", "Жауапты мемлекеттік лауазымды атқаратын адам"),
           _c("A person authorised to perform state functions", "Лицо, уполномоченное на выполнение государственных функций", "Мемлекеттік функцияларды орындауға уәкілеттік берілген адам", True),
           _c("A person equated to persons authorised to perform state functions", "Лицо, приравненное к лицам, уполномоченным на выполнение государственных функций", "Мемлекеттік функцияларды орындауға уәкілеттік берілген адамдарға теңестірілген адам"),
           _c("Not a subject of anti-corruption rules at all", "Вообще не является субъектом антикоррупционных норм", "Мүлдем сыбайлас жемқорлыққа қарсы нормалардың субъектісі емес"),
       ]),
    _q("corruption-and-subjects-02", "corruption-and-subjects", "single",
       _t("An official has a contractor pay a “consulting fee” to a firm owned by the official's cousin in return for speeding up a permit. How should this be assessed?",
          "Должностное лицо добивается, чтобы подрядчик заплатил «за консультации» фирме двоюродного брата этого лица в обмен на ускорение разрешения. Как это оценить?",
          "Лауазымды адам рұқсатты жеделдету үшін мердігерге өзінің немере ағасының фирмасына «кеңес беру үшін» ақы төлетеді. Мұны қалай бағалау керек?"),
       _t("The definition of corruption covers benefits obtained for third parties, personally or through intermediaries (Law No. 410-V, Article 1; eGov.kz). The label “consulting fee” changes nothing, and there is no monetary threshold in the definition.",
          "Определение коррупции охватывает блага, получаемые для третьих лиц, лично или через посредников (Закон № 410-V, статья 1; eGov.kz). Название «консультации» ничего не меняет, а денежного порога в определении нет.",
          "Сыбайлас жемқорлық анықтамасы үшінші тұлғалар үшін жеке өзі немесе делдалдар арқылы алынатын игіліктерді қамтиды (№ 410-V Заң, 1-бап; eGov.kz). «Кеңес беру» деген атау ештеңені өзгертпейді, ал анықтамада ақшалай шек жоқ."),
       [
           _c("It is not corruption, because a third party was paid", "Это не коррупция, так как деньги получило третье лицо", "Бұл сыбайлас жемқорлық емес, өйткені ақшаны үшінші тұлға алды"),
           _c("It is corruption: benefits for third parties and via intermediaries count", "Это коррупция: учитываются выгоды для третьих лиц и через посредников", "Бұл — сыбайлас жемқорлық: үшінші тұлғаларға және делдалдар арқылы берілетін пайда да есептеледі", True),
           _c("It is corruption only if the fee exceeds 100 MCI", "Это коррупция, только если плата превышает 100 МРП", "Төлем 100 АЕК-тен асқан жағдайда ғана сыбайлас жемқорлық болады"),
           _c("It would be corruption only if the official's spouse were paid", "Это было бы коррупцией, только если бы деньги получил супруг должностного лица", "Ақшаны лауазымды адамның жұбайы алса ғана сыбайлас жемқорлық болар еді"),
       ]),
    _q("corruption-and-subjects-03", "corruption-and-subjects", "single",
       _t("Which article of the Criminal Code of the Republic of Kazakhstan covers giving a bribe?",
          "Какая статья Уголовного кодекса Республики Казахстан предусматривает ответственность за дачу взятки?",
          "Қазақстан Республикасы Қылмыстық кодексінің қай бабы пара беру үшін жауаптылықты көздейді?"),
       _t("Article 367 of the Criminal Code covers giving a bribe; Article 366 covers receiving one (korem.kz summary of the Criminal Code).",
          "Дача взятки — статья 367 Уголовного кодекса; получение взятки — статья 366 (обзор korem.kz).",
          "Пара беру — Қылмыстық кодекстің 367-бабы; пара алу — 366-бабы (korem.kz шолуы)."),
       [
           _c("Article 366", "Статья 366", "366-бап"),
           _c("Article 367", "Статья 367", "367-бап", True),
           _c("Article 361", "Статья 361", "361-бап"),
           _c("Article 676", "Статья 676", "676-бап"),
       ]),
    _q("corruption-and-subjects-04", "corruption-and-subjects", "single",
       _t("What is a corruption offence?",
          "Что такое коррупционное правонарушение?",
          "Сыбайлас жемқорлық құқық бұзушылық дегеніміз не?"),
       _t("A corruption offence is a guilty unlawful act that has the features of corruption and for which administrative or criminal liability is established (Law No. 410-V, Article 1; korem.kz).",
          "Коррупционное правонарушение — противоправное виновное деяние, обладающее признаками коррупции, за которое установлена административная или уголовная ответственность (Закон № 410-V, статья 1; korem.kz).",
          "Сыбайлас жемқорлық құқық бұзушылық — сыбайлас жемқорлық белгілері бар, ол үшін әкімшілік немесе қылмыстық жауаптылық белгіленген құқыққа қайшы кінәлі іс-әрекет (№ 410-V Заң, 1-бап; korem.kz)."),
       [
           _c("Any breach of a body's internal rules", "Любое нарушение внутренних правил органа", "Органның ішкі қағидаларын кез келген бұзу"),
           _c("A guilty unlawful act with features of corruption for which administrative or criminal liability is established", "Противоправное виновное деяние с признаками коррупции, за которое установлена административная или уголовная ответственность", "Ол үшін әкімшілік немесе қылмыстық жауаптылық белгіленген, сыбайлас жемқорлық белгілері бар құқыққа қайшы кінәлі іс-әрекет", True),
           _c("Only a crime under the Criminal Code", "Только преступление по Уголовному кодексу", "Тек Қылмыстық кодекс бойынша қылмыс"),
           _c("Any disagreement between colleagues about a decision", "Любое разногласие коллег по поводу решения", "Шешімге қатысты әріптестер арасындағы кез келген келіспеушілік"),
       ]),
    _q("corruption-and-subjects-05", "corruption-and-subjects", "multiple",
       _t("Which of the following can be a bribe? Select all that apply.",
          "Что из перечисленного может быть взяткой? Выберите все подходящие варианты.",
          "Мыналардың қайсысы пара болуы мүмкін? Барлық дұрыс жауапты таңдаңыз."),
       _t("A bribe may take the form of money, other property, or services and benefits of a property nature (Criminal Code, Articles 366–367, as summarised by korem.kz). Words of thanks have no property value.",
          "Взяткой могут быть деньги, иное имущество, а также услуги и выгоды имущественного характера (Уголовный кодекс, статьи 366–367, обзор korem.kz). Слова благодарности имущественной ценности не имеют.",
          "Пара ақша, өзге мүлік, сондай-ақ мүліктік сипаттағы қызметтер мен пайда түрінде болуы мүмкін (Қылмыстық кодекс, 366–367-баптар, korem.kz шолуы). Алғыс сөздердің мүліктік құны жоқ."),
       [
           _c("Money", "Деньги", "Ақша", True),
           _c("Other property, such as a car", "Иное имущество, например автомобиль", "Өзге мүлік, мысалы көлік", True),
           _c("Free repair work done for the official", "Бесплатный ремонт, сделанный для должностного лица", "Лауазымды адамға тегін жасалған жөндеу жұмысы", True),
           _c("A citizen saying “thank you” after a service", "Слова «спасибо» от гражданина после оказания услуги", "Қызмет көрсетілгеннен кейін азаматтың «рақмет» деуі"),
       ]),
    _q("corruption-and-subjects-06", "corruption-and-subjects", "multiple",
       _t("Who belongs to the group “persons authorised to perform state functions”? Select all that apply.",
          "Кто относится к группе «лица, уполномоченные на выполнение государственных функций»? Выберите все подходящие варианты.",
          "«Мемлекеттік функцияларды орындауға уәкілеттік берілген адамдар» тобына кімдер жатады? Барлық дұрыс жауапты таңдаңыз."),
       _t("Article 1 of Law No. 410-V names civil servants, deputies of maslikhats and persons temporarily performing the duties of a state post (Adilet). An employee of a private firm with no public functions is not in this group.",
          "Статья 1 Закона № 410-V называет государственных служащих, депутатов маслихатов и лиц, временно исполняющих обязанности по государственной должности (ИПС «Әділет»). Сотрудник частной фирмы без публичных функций в эту группу не входит.",
          "№ 410-V Заңның 1-бабы мемлекеттік қызметшілерді, мәслихат депутаттарын және мемлекеттік лауазым бойынша міндеттерді уақытша атқаратын адамдарды атайды («Әділет» АҚЖ). Мемлекеттік функциясы жоқ жеке фирманың қызметкері бұл топқа кірмейді."),
       [
           _c("Civil servants", "Государственные служащие", "Мемлекеттік қызметшілер", True),
           _c("Deputies of maslikhats", "Депутаты маслихатов", "Мәслихат депутаттары", True),
           _c("Persons temporarily performing the duties of a state post", "Лица, временно исполняющие обязанности по государственной должности", "Мемлекеттік лауазым бойынша міндеттерді уақытша атқаратын адамдар", True),
           _c("An accountant of a private shop with no public functions", "Бухгалтер частного магазина, не имеющий публичных функций", "Мемлекеттік функциясы жоқ жеке дүкеннің бухгалтері"),
       ]),
    _q("corruption-and-subjects-07", "corruption-and-subjects", "true_false",
       _t("According to an academic study of Law No. 410-V, every fourth corruption crime is committed in public procurement.",
          "Согласно научному исследованию Закона № 410-V, каждое четвёртое коррупционное преступление совершается в сфере государственных закупок.",
          "№ 410-V Заң туралы ғылыми зерттеуге сәйкес, әрбір төртінші сыбайлас жемқорлық қылмыс мемлекеттік сатып алу саласында жасалады."),
       _t("True. The academic article on Law No. 410-V states that every fourth corruption crime occurs in public procurement.",
          "Верно. В научной статье о Законе № 410-V указано, что каждое четвёртое коррупционное преступление приходится на государственные закупки.",
          "Дұрыс. № 410-V Заң туралы ғылыми мақалада әрбір төртінші сыбайлас жемқорлық қылмыс мемлекеттік сатып алуға тиесілі екені көрсетілген."),
       _tf(True)),
    _q("corruption-and-subjects-08", "corruption-and-subjects", "true_false",
       _t("Conduct counts as corruption only if the benefit goes to the official personally.",
          "Поведение считается коррупцией, только если выгода достаётся лично должностному лицу.",
          "Пайда лауазымды адамның өзіне тиген жағдайда ғана әрекет сыбайлас жемқорлық болып саналады."),
       _t("False. Article 1 of Law No. 410-V covers benefits for the official or for third parties, obtained personally or through intermediaries (Adilet; eGov.kz).",
          "Неверно. Статья 1 Закона № 410-V охватывает выгоды для самого лица или третьих лиц, полученные лично или через посредников (ИПС «Әділет»; eGov.kz).",
          "Қате. № 410-V Заңның 1-бабы адамның өзі немесе үшінші тұлғалар үшін жеке өзі не делдалдар арқылы алынған пайданы қамтиды («Әділет» АҚЖ; eGov.kz)."),
       _tf(False)),
]


_Q_RESTRICTIONS = [
    _q("restrictions-and-gifts-01", "restrictions-and-gifts", "single",
       _t("A supplier whose contract you supervise sends you a “no-strings” holiday gift. What should you do?",
          "Поставщик, чей договор вы контролируете, присылает вам праздничный подарок «без всяких условий». Как поступить?",
          "Шартын сіз бақылайтын жеткізуші сізге «ешқандай шартсыз» мерекелік сыйлық жібереді. Не істеу керек?"),
       _t("Article 12 of Law No. 410-V bans accepting gifts for acts within your powers, and since October 2020 the ban applies to gifts of any value, including gifts to family members; the old 10-MCI allowance no longer exists (The Astana Times; Kinstellar/Mondaq).",
          "Статья 12 Закона № 410-V запрещает принимать подарки за действия в рамках полномочий, а с октября 2020 года запрет действует для подарков любой стоимости, в том числе членам семьи; прежнего порога в 10 МРП больше нет (The Astana Times; Kinstellar/Mondaq).",
          "№ 410-V Заңның 12-бабы өкілеттік шеңберіндегі әрекеттер үшін сыйлық қабылдауға тыйым салады, ал 2020 жылғы қазаннан бастап тыйым кез келген құндағы, оның ішінде отбасы мүшелеріне берілетін сыйлықтарға қолданылады; бұрынғы 10 АЕК шегі енді жоқ (The Astana Times; Kinstellar/Mondaq)."),
       [
           _c("Accept it if it is worth less than 10 MCI", "Принять, если он стоит меньше 10 МРП", "Құны 10 АЕК-тен аз болса, қабылдау"),
           _c("Share it with the whole team", "Разделить его со всем коллективом", "Оны бүкіл ұжыммен бөлісу"),
           _c("Decline it: gifts of any value linked to your powers are banned", "Отказаться: подарки любой стоимости, связанные с вашими полномочиями, запрещены", "Бас тарту: өкілеттігіңізге байланысты кез келген құндағы сыйлыққа тыйым салынған", True),
           _c("Accept it and mention it in your annual declaration", "Принять и указать в годовой декларации", "Қабылдап, жылдық декларацияда көрсету"),
       ]),
    _q("restrictions-and-gifts-02", "restrictions-and-gifts", "single",
       _t("Which paid activity may a civil servant carry on alongside the service?",
          "Какой оплачиваемой деятельностью государственный служащий может заниматься наряду со службой?",
          "Мемлекеттік қызметші қызметпен қатар қандай ақылы қызметпен айналыса алады?"),
       _t("Article 13 of the Civil Service Law allows only teaching, scientific or other creative activity and service in the military reserve; entrepreneurship and management of commercial organisations are prohibited (Law No. 416-V, Adilet).",
          "Статья 13 Закона о государственной службе допускает только педагогическую, научную или иную творческую деятельность и службу в военном резерве; предпринимательство и управление коммерческими организациями запрещены (Закон № 416-V, ИПС «Әділет»).",
          "Мемлекеттік қызмет туралы Заңның 13-бабы тек педагогтік, ғылыми немесе өзге шығармашылық қызметке және әскери резервтегі қызметке жол береді; кәсіпкерлікке және коммерциялық ұйымдарды басқаруға тыйым салынған (№ 416-V Заң, «Әділет» АҚЖ)."),
       [
           _c("Running one's own limited liability partnership", "Руководство собственным ТОО", "Өзінің жауапкершілігі шектеулі серіктестігін басқару"),
           _c("Paid consulting for a bidder in a tender", "Платные консультации участнику конкурса", "Конкурс қатысушысына ақылы кеңес беру"),
           _c("Teaching at a university", "Преподавание в университете", "Университетте сабақ беру", True),
           _c("Representing a company before one's own ministry", "Представление интересов компании в своём министерстве", "Компанияның атынан өз министрлігінде өкілдік ету"),
       ]),
    _q("restrictions-and-gifts-03", "restrictions-and-gifts", "single",
       _t("Your brother becomes your direct subordinate. How long is allowed to resolve the situation voluntarily before a transfer or dismissal?",
          "Ваш брат стал вашим непосредственным подчинённым. Сколько времени даётся на добровольное устранение ситуации до перевода или увольнения?",
          "Ағаңыз (ініңіз) сізге тікелей бағынысты болды. Ауыстыру немесе жұмыстан босату алдында жағдайды өз еркімен шешуге қанша уақыт беріледі?"),
       _t("Article 14 of Law No. 410-V gives three months; if the situation is not resolved voluntarily, one of the persons is transferred or dismissed (Adilet).",
          "Статья 14 Закона № 410-V даёт три месяца; если ситуация не устранена добровольно, одно из лиц переводится или увольняется (ИПС «Әділет»).",
          "№ 410-V Заңның 14-бабы үш ай береді; жағдай өз еркімен шешілмесе, адамдардың бірі ауыстырылады немесе жұмыстан босатылады («Әділет» АҚЖ)."),
       [
           _c("10 days", "10 дней", "10 күн"),
           _c("1 month", "1 месяц", "1 ай"),
           _c("3 months", "3 месяца", "3 ай", True),
           _c("1 year", "1 год", "1 жыл"),
       ]),
    _q("restrictions-and-gifts-04", "restrictions-and-gifts", "single",
       _t("What happened in October 2020 to the rule that tolerated small gifts worth up to 10 MCI?",
          "Что произошло в октябре 2020 года с правилом, допускавшим небольшие подарки стоимостью до 10 МРП?",
          "2020 жылғы қазанда құны 10 АЕК-ке дейінгі шағын сыйлықтарға жол берген қағидаға не болды?"),
       _t("The amendments of October 2020 abolished the 10-MCI allowance: gifts of any value for acts linked to official powers are now banned, and the ban covers family members (The Astana Times, 9 October 2020; Kinstellar/Mondaq).",
          "Поправки октября 2020 года отменили порог в 10 МРП: теперь запрещены подарки любой стоимости за действия, связанные с полномочиями, и запрет распространяется на членов семьи (The Astana Times, 9 октября 2020 года; Kinstellar/Mondaq).",
          "2020 жылғы қазандағы түзетулер 10 АЕК шегін жойды: енді өкілеттікке байланысты әрекеттер үшін кез келген құндағы сыйлыққа тыйым салынған және тыйым отбасы мүшелеріне де қолданылады (The Astana Times, 2020 жылғы 9 қазан; Kinstellar/Mondaq)."),
       [
           _c("The limit was raised to 20 MCI", "Порог повысили до 20 МРП", "Шек 20 АЕК-ке дейін көтерілді"),
           _c("It was abolished: gifts of any value linked to official powers are banned", "Его отменили: подарки любой стоимости, связанные с полномочиями, запрещены", "Ол жойылды: өкілеттікке байланысты кез келген құндағы сыйлыққа тыйым салынды", True),
           _c("It now applies only to cash gifts", "Теперь оно касается только денежных подарков", "Енді ол тек ақшалай сыйлықтарға қолданылады"),
           _c("It was kept, but only for gifts to family members", "Его сохранили, но только для подарков членам семьи", "Ол сақталды, бірақ тек отбасы мүшелеріне берілетін сыйлықтар үшін"),
       ]),
    _q("restrictions-and-gifts-05", "restrictions-and-gifts", "multiple",
       _t("Which of the following does Article 12 of Law No. 410-V prohibit? Select all that apply.",
          "Что из перечисленного запрещает статья 12 Закона № 410-V? Выберите все подходящие варианты.",
          "№ 410-V Заңның 12-бабы мыналардың қайсысына тыйым салады? Барлық дұрыс жауапты таңдаңыз."),
       _t("Article 12 bans activity incompatible with the post, the use of non-public service information for gain and accepting gifts or remuneration for acts within one's powers (Law No. 410-V, Article 12). Scientific work is expressly allowed by Article 13 of the Civil Service Law.",
          "Статья 12 запрещает несовместимую с должностью деятельность, использование непубличной служебной информации ради выгоды и получение подарков или вознаграждений за действия в рамках полномочий (Закон № 410-V, статья 12). Научная деятельность прямо разрешена статьёй 13 Закона о государственной службе.",
          "12-бап лауазыммен сыйыспайтын қызметке, жария емес қызметтік ақпаратты пайда үшін пайдалануға және өкілеттік шеңберіндегі әрекеттер үшін сыйлық не сыйақы алуға тыйым салады (№ 410-V Заң, 12-бап). Ғылыми қызметке мемлекеттік қызмет туралы Заңның 13-бабы тікелей рұқсат береді."),
       [
           _c("Using non-public service information for personal gain", "Использование непубличной служебной информации ради личной выгоды", "Жария емес қызметтік ақпаратты жеке пайда үшін пайдалану", True),
           _c("Accepting gifts for acts that fall within one's powers", "Получение подарков за действия, входящие в полномочия", "Өкілеттікке кіретін әрекеттер үшін сыйлық алу", True),
           _c("Activity incompatible with the post", "Деятельность, несовместимая с должностью", "Лауазыммен сыйыспайтын қызмет", True),
           _c("Scientific research in one's free time", "Научные исследования в свободное время", "Бос уақытта ғылыми зерттеу жүргізу"),
       ]),
    _q("restrictions-and-gifts-06", "restrictions-and-gifts", "single",
       _t("Within what limit may a civil servant hold securities traded on an organised market?",
          "В каких пределах государственный служащий может владеть ценными бумагами, обращающимися на организованном рынке?",
          "Мемлекеттік қызметші ұйымдастырылған нарықта айналыстағы бағалы қағаздарды қандай шекте иелене алады?"),
       _t("Article 13 of the Civil Service Law allows holding such securities within five per cent of voting shares (Law No. 416-V, Adilet).",
          "Статья 13 Закона о государственной службе допускает владение такими ценными бумагами в пределах пяти процентов голосующих акций (Закон № 416-V, ИПС «Әділет»).",
          "Мемлекеттік қызмет туралы Заңның 13-бабы мұндай бағалы қағаздарды дауыс беретін акциялардың бес пайызы шегінде иеленуге рұқсат етеді (№ 416-V Заң, «Әділет» АҚЖ)."),
       [
           _c("Up to 1% of voting shares", "До 1% голосующих акций", "Дауыс беретін акциялардың 1%-ына дейін"),
           _c("Up to 5% of voting shares", "До 5% голосующих акций", "Дауыс беретін акциялардың 5%-ына дейін", True),
           _c("Up to 25% of voting shares", "До 25% голосующих акций", "Дауыс беретін акциялардың 25%-ына дейін"),
           _c("Without any limit", "Без ограничений", "Ешқандай шектеусіз"),
       ]),
    _q("restrictions-and-gifts-07", "restrictions-and-gifts", "true_false",
       _t("The ban on gifts linked to official powers also covers gifts to members of the public servant's family.",
          "Запрет на подарки, связанные со служебными полномочиями, распространяется и на подарки членам семьи служащего.",
          "Қызметтік өкілеттікке байланысты сыйлықтарға тыйым қызметшінің отбасы мүшелеріне берілетін сыйлықтарға да қолданылады."),
       _t("True. Since the October 2020 amendments the ban applies to gifts of any value and extends to family members (Kinstellar/Mondaq, November 2020; The Astana Times).",
          "Верно. После поправок октября 2020 года запрет действует для подарков любой стоимости и распространяется на членов семьи (Kinstellar/Mondaq, ноябрь 2020 года; The Astana Times).",
          "Дұрыс. 2020 жылғы қазандағы түзетулерден кейін тыйым кез келген құндағы сыйлыққа қолданылады және отбасы мүшелеріне де таралады (Kinstellar/Mondaq, 2020 жылғы қараша; The Astana Times)."),
       _tf(True)),
    _q("restrictions-and-gifts-08", "restrictions-and-gifts", "true_false",
       _t("A civil servant may keep savings in a foreign bank account as long as the account is declared.",
          "Государственный служащий может хранить сбережения на счёте в иностранном банке, если этот счёт задекларирован.",
          "Мемлекеттік қызметші шетелдік банктегі шотта жинақ ұстай алады, егер ол шот декларацияланса."),
       _t("False. Article 14-1 of Law No. 410-V prohibits holding accounts in foreign banks and keeping cash and valuables there; declaring the account does not make it lawful.",
          "Неверно. Статья 14-1 Закона № 410-V запрещает иметь счета в иностранных банках и хранить там наличные деньги и ценности; декларирование счёта не делает его законным.",
          "Қате. № 410-V Заңның 14-1-бабы шетелдік банктерде шот ұстауға және онда қолма-қол ақша мен құндылықтарды сақтауға тыйым салады; шотты декларациялау оны заңды етпейді."),
       _tf(False)),
]


_Q_COI = [
    _q("conflict-of-interest-01", "conflict-of-interest", "single",
       _t("You sit on a tender commission, and your spouse's company submits a bid. What should you do?",
          "Вы входите в конкурсную комиссию, а компания вашего супруга (супруги) подаёт заявку. Как поступить?",
          "Сіз конкурстық комиссияның мүшесісіз, ал жұбайыңыздың (зайыбыңыздың) компаниясы өтінім береді. Не істеу керек?"),
       _t("The conflict-of-interest measure of Article 6 means disclosing your own interests and not taking self-interested decisions (academic article on Law No. 410-V); the UN Code of Conduct (resolution 51/59) likewise asks officials to declare such interests. Check the exact procedure in Article 15 of the Law and your body's internal rules.",
          "Мера статьи 6 о конфликте интересов означает раскрытие своих интересов и отказ от решений в собственных интересах (научная статья о Законе № 410-V); Международный кодекс поведения (резолюция 51/59) также требует декларировать такие интересы. Точный порядок сверьте со статьёй 15 Закона и внутренними правилами органа.",
          "6-баптағы мүдделер қақтығысы туралы шара өз мүдделеріңізді ашуды және өз мүддеңізге сай шешім қабылдамауды білдіреді (№ 410-V Заң туралы ғылыми мақала); Халықаралық мінез-құлық кодексі (51/59 қарар) да мұндай мүдделерді декларациялауды талап етеді. Нақты тәртіпті Заңның 15-бабымен және органның ішкі қағидаларымен тексеріңіз."),
       [
           _c("Take part and simply try to be objective", "Участвовать и просто постараться быть объективным", "Қатыса беріп, жай ғана әділ болуға тырысу"),
           _c("Disclose it in writing to your manager and step aside from the decision", "Письменно сообщить руководителю и устраниться от решения", "Басшыға жазбаша хабарлап, шешім қабылдаудан шеттеу", True),
           _c("Stay silent, since the company is a separate legal entity", "Промолчать, ведь компания — отдельное юридическое лицо", "Үндемеу, өйткені компания — жеке заңды тұлға"),
           _c("Act only if your spouse's company wins", "Действовать, только если компания супруга победит", "Жұбайыңыздың компаниясы жеңген жағдайда ғана әрекет ету"),
       ]),
    _q("conflict-of-interest-02", "conflict-of-interest", "single",
       _t("What is a conflict of interest?",
          "Что такое конфликт интересов?",
          "Мүдделер қақтығысы дегеніміз не?"),
       _t("A conflict of interest is a situation in which a personal interest may affect the impartial performance of official duties; it does not require any money to change hands (Law No. 410-V, Articles 6 and 15; UN Code of Conduct, resolution 51/59).",
          "Конфликт интересов — ситуация, в которой личная заинтересованность может повлиять на беспристрастное исполнение обязанностей; для него не требуется передача денег (Закон № 410-V, статьи 6 и 15; Международный кодекс поведения, резолюция 51/59).",
          "Мүдделер қақтығысы — жеке мүдде міндеттерді бейтарап атқаруға әсер етуі мүмкін жағдай; ол үшін ақша берілуі қажет емес (№ 410-V Заң, 6 және 15-баптар; Халықаралық мінез-құлық кодексі, 51/59 қарар)."),
       [
           _c("Any dispute between colleagues at work", "Любой спор между коллегами на работе", "Жұмыстағы әріптестер арасындағы кез келген дау"),
           _c("A personal interest that may affect the impartial performance of duties", "Личная заинтересованность, которая может повлиять на беспристрастное исполнение обязанностей", "Міндеттерді бейтарап атқаруға әсер етуі мүмкін жеке мүдде", True),
           _c("Another name for a bribe", "Другое название взятки", "Параның басқа атауы"),
           _c("A situation that arises only after money has changed hands", "Ситуация, возникающая только после передачи денег", "Тек ақша берілгеннен кейін туындайтын жағдай"),
       ]),
    _q("conflict-of-interest-03", "conflict-of-interest", "single",
       _t("Which international instrument asks public officials to declare business, commercial and financial interests that may raise a possible conflict of interest?",
          "Какой международный документ призывает должностных лиц декларировать деловые, коммерческие и финансовые интересы, способные вызвать возможный конфликт интересов?",
          "Қай халықаралық құжат лауазымды адамдарды ықтимал мүдделер қақтығысын туғызуы мүмкін іскерлік, коммерциялық және қаржылық мүдделерді декларациялауға шақырады?"),
       _t("The International Code of Conduct for Public Officials, adopted by UN General Assembly resolution 51/59, contains this requirement and treats public office as a position of trust.",
          "Это требование содержит Международный кодекс поведения государственных должностных лиц, принятый резолюцией Генеральной Ассамблеи ООН 51/59; он рассматривает государственную должность как положение, основанное на доверии.",
          "Бұл талап БҰҰ Бас Ассамблеясының 51/59 қарарымен қабылданған Мемлекеттік лауазымды адамдардың халықаралық мінез-құлық кодексінде бар; ол мемлекеттік лауазымды сенімге негізделген қызмет деп санайды."),
       [
           _c("ISO 9001", "ISO 9001", "ISO 9001"),
           _c("The UN International Code of Conduct for Public Officials (resolution 51/59)", "Международный кодекс поведения государственных должностных лиц ООН (резолюция 51/59)", "БҰҰ-ның Мемлекеттік лауазымды адамдардың халықаралық мінез-құлық кодексі (51/59 қарар)", True),
           _c("The GRECO statute", "Устав ГРЕКО", "GRECO жарғысы"),
           _c("The Tax Code", "Налоговый кодекс", "Салық кодексі"),
       ]),
    _q("conflict-of-interest-04", "conflict-of-interest", "single",
       _t("Which article of Law No. 410-V is headed “Conflict of interests”?",
          "Какая статья Закона № 410-V называется «Конфликт интересов»?",
          "№ 410-V Заңның қай бабы «Мүдделер қақтығысы» деп аталады?"),
       _t("Article 15 of Law No. 410-V bears this heading (Adilet). Article 6 lists the measures, Article 12 sets restrictions and Article 24 concerns protection and rewards for reporters.",
          "Так называется статья 15 Закона № 410-V (ИПС «Әділет»). Статья 6 перечисляет меры, статья 12 устанавливает ограничения, статья 24 касается защиты и поощрения заявителей.",
          "№ 410-V Заңның 15-бабы осылай аталады («Әділет» АҚЖ). 6-бап шараларды тізбелейді, 12-бап шектеулер белгілейді, 24-бап хабарлаушыларды қорғауға және көтермелеуге қатысты."),
       [
           _c("Article 6", "Статья 6", "6-бап"),
           _c("Article 12", "Статья 12", "12-бап"),
           _c("Article 15", "Статья 15", "15-бап", True),
           _c("Article 24", "Статья 24", "24-бап"),
       ]),
    _q("conflict-of-interest-05", "conflict-of-interest", "multiple",
       _t("You realise you have a conflict of interest in a matter assigned to you. Which steps are correct? Select all that apply.",
          "Вы понимаете, что у вас конфликт интересов по порученному делу. Какие шаги правильны? Выберите все подходящие варианты.",
          "Сізге тапсырылған іс бойынша мүдделер қақтығысыңыз бар екенін түсіндіңіз. Қандай қадамдар дұрыс? Барлық дұрыс жауапты таңдаңыз."),
       _t("The principles behind the Article 6 measure and the UN Code of Conduct are: disclose the interest in writing, stay out of the decision until the manager settles the matter and keep a record (academic article on Law No. 410-V; resolution 51/59). Voting first and disclosing later defeats the purpose.",
          "Принципы меры статьи 6 и Международного кодекса поведения: письменно сообщить о заинтересованности, не участвовать в решении, пока руководитель не урегулирует вопрос, и зафиксировать это (научная статья о Законе № 410-V; резолюция 51/59). Проголосовать, а сообщить потом — значит лишить уведомление смысла.",
          "6-баптағы шара мен Халықаралық мінез-құлық кодексінің қағидаттары: мүдде туралы жазбаша хабарлау, басшы мәселені шешкенге дейін шешімге қатыспау және мұны тіркеу (№ 410-V Заң туралы ғылыми мақала; 51/59 қарар). Алдымен дауыс беріп, кейін хабарлау хабарламаның мәнін жояды."),
       [
           _c("Disclose the situation in writing to your line manager", "Письменно сообщить о ситуации непосредственному руководителю", "Жағдай туралы тікелей басшыға жазбаша хабарлау", True),
           _c("Stay out of the discussion and decision until the manager settles the matter", "Не участвовать в обсуждении и решении, пока руководитель не урегулирует вопрос", "Басшы мәселені шешкенге дейін талқылауға және шешім қабылдауға қатыспау", True),
           _c("Keep a record of the disclosure and of the decision taken", "Зафиксировать уведомление и принятое решение", "Хабарламаны және қабылданған шешімді тіркеп қою", True),
           _c("Vote first and mention the interest afterwards", "Сначала проголосовать, а о заинтересованности сообщить потом", "Алдымен дауыс беріп, мүдде туралы кейін айту"),
       ]),
    _q("conflict-of-interest-06", "conflict-of-interest", "single",
       _t("Which provision of the UN Convention against Corruption asks states to maintain systems that prevent conflicts of interest?",
          "Какое положение Конвенции ООН против коррупции требует от государств поддерживать системы предотвращения конфликта интересов?",
          "БҰҰ-ның Сыбайлас жемқорлыққа қарсы конвенциясының қай ережесі мемлекеттерден мүдделер қақтығысының алдын алу жүйелерін ұстауды талап етеді?"),
       _t("Article 7(4) of UNCAC deals with systems that prevent conflicts of interest; Article 52(5) concerns financial disclosure (Transparency International public-sector integrity guide).",
          "Системам предотвращения конфликта интересов посвящён пункт 4 статьи 7 Конвенции; пункт 5 статьи 52 касается раскрытия финансовой информации (руководство Transparency International).",
          "Мүдделер қақтығысының алдын алу жүйелеріне Конвенцияның 7-бабының 4-тармағы арналған; 52-баптың 5-тармағы қаржылық ақпаратты ашуға қатысты (Transparency International нұсқаулығы)."),
       [
           _c("Article 7(4)", "Статья 7, пункт 4", "7-баптың 4-тармағы", True),
           _c("Article 52(5)", "Статья 52, пункт 5", "52-баптың 5-тармағы"),
           _c("Article 36", "Статья 36", "36-бап"),
           _c("Article 60", "Статья 60", "60-бап"),
       ]),
    _q("conflict-of-interest-07", "conflict-of-interest", "true_false",
       _t("Having a conflict of interest is not wrongdoing in itself; the problem arises when it is not disclosed and the person acts as if it did not exist.",
          "Сам по себе конфликт интересов не является нарушением; проблема возникает, когда о нём не сообщают и действуют так, будто его нет.",
          "Мүдделер қақтығысының болуы өз алдына құқық бұзушылық емес; мәселе ол туралы хабарламай, ештеңе болмағандай әрекет еткенде туындайды."),
       _t("True. The conflict-of-interest measure in Article 6 of Law No. 410-V is built on disclosure and safeguards against self-interested decisions (academic article on Law No. 410-V), and the UN Code of Conduct asks officials to declare possible conflicts.",
          "Верно. Мера статьи 6 Закона № 410-V строится на раскрытии интересов и защите от решений в собственных интересах (научная статья о Законе № 410-V), а Международный кодекс поведения требует декларировать возможные конфликты.",
          "Дұрыс. № 410-V Заңның 6-бабындағы шара мүдделерді ашуға және өз мүддесіне сай шешім қабылдаудан сақтандыруға негізделген (№ 410-V Заң туралы ғылыми мақала), ал Халықаралық мінез-құлық кодексі ықтимал қақтығыстарды декларациялауды талап етеді."),
       _tf(True)),
    _q("conflict-of-interest-08", "conflict-of-interest", "true_false",
       _t("A conflict of interest exists only once money or gifts have changed hands.",
          "Конфликт интересов возникает только после того, как были переданы деньги или подарки.",
          "Мүдделер қақтығысы ақша немесе сыйлық берілгеннен кейін ғана туындайды."),
       _t("False. A conflict of interest is a risk created by a personal interest that may affect impartial decisions; no transfer of money is needed (Law No. 410-V, Articles 6 and 15; UN Code of Conduct, resolution 51/59).",
          "Неверно. Конфликт интересов — риск, создаваемый личной заинтересованностью, способной повлиять на беспристрастность решений; передача денег для этого не нужна (Закон № 410-V, статьи 6 и 15; Международный кодекс поведения, резолюция 51/59).",
          "Қате. Мүдделер қақтығысы — шешімдердің бейтараптығына әсер етуі мүмкін жеке мүдде туғызатын тәуекел; бұл үшін ақша берілуі қажет емес (№ 410-V Заң, 6 және 15-баптар; Халықаралық мінез-құлық кодексі, 51/59 қарар)."),
       _tf(False)),
]


_Q_FINANCE = [
    _q("financial-control-01", "financial-control", "single",
       _t("Who files a declaration of assets and liabilities before appointment to a post?",
          "Кто подаёт декларацию об активах и обязательствах до назначения на должность?",
          "Лауазымға тағайындалғанға дейін активтер мен міндеттемелер туралы декларацияны кім тапсырады?"),
       _t("Under Article 11 of Law No. 410-V, the candidate and the candidate's spouse submit a declaration of assets and liabilities before appointment (Adilet).",
          "По статье 11 Закона № 410-V декларацию об активах и обязательствах до назначения представляют кандидат и его супруг (супруга) (ИПС «Әділет»).",
          "№ 410-V Заңның 11-бабы бойынша активтер мен міндеттемелер туралы декларацияны тағайындалғанға дейін кандидат пен оның жұбайы (зайыбы) ұсынады («Әділет» АҚЖ)."),
       [
           _c("Only the candidate", "Только кандидат", "Тек кандидат"),
           _c("The candidate and the candidate's spouse", "Кандидат и его супруг (супруга)", "Кандидат және оның жұбайы (зайыбы)", True),
           _c("The candidate's parents", "Родители кандидата", "Кандидаттың ата-анасы"),
           _c("Nobody: declarations are filed only after a year of service", "Никто: декларации подаются только после года службы", "Ешкім: декларациялар бір жыл қызмет еткеннен кейін ғана тапсырылады"),
       ]),
    _q("financial-control-02", "financial-control", "single",
       _t("You bought a flat this year. What must your declaration show about it?",
          "В этом году вы купили квартиру. Что об этом должна содержать ваша декларация?",
          "Биыл пәтер сатып алдыңыз. Декларацияңызда бұл туралы не көрсетілуі тиіс?"),
       _t("Article 11 of Law No. 410-V requires the sources of funds to be shown for property acquired during the year (Adilet).",
          "Статья 11 Закона № 410-V требует указывать источники средств для имущества, приобретённого в течение года (ИПС «Әділет»).",
          "№ 410-V Заңның 11-бабы жыл ішінде сатып алынған мүлік үшін қаражат көздерін көрсетуді талап етеді («Әділет» АҚЖ)."),
       [
           _c("Nothing until the flat is sold", "Ничего, пока квартира не продана", "Пәтер сатылмайынша ештеңе"),
           _c("Only the address of the flat", "Только адрес квартиры", "Тек пәтердің мекенжайы"),
           _c("The sources of the money used to buy it", "Источники средств, на которые она куплена", "Оны сатып алуға жұмсалған қаражаттың көздері", True),
           _c("The seller's identity document", "Удостоверение личности продавца", "Сатушының жеке куәлігі"),
       ]),
    _q("financial-control-03", "financial-control", "single",
       _t("By how much must a person's expenses exceed income before an administrative fine may be imposed under Law No. 188-VII?",
          "На сколько расходы лица должны превысить его доходы, чтобы по Закону № 188-VII мог быть наложен административный штраф?",
          "№ 188-VII Заң бойынша әкімшілік айыппұл салынуы үшін адамның шығыстары кірістерінен қаншаға асуы керек?"),
       _t("According to the published summary of Law No. 188-VII of 3 January 2023 (HSE Anti-Corruption Centre), the threshold is more than 1,000 MCI.",
          "Согласно опубликованному обзору Закона № 188-VII от 3 января 2023 года (Антикоррупционный центр НИУ ВШЭ), порог — более 1 000 МРП.",
          "2023 жылғы 3 қаңтардағы № 188-VII Заңның жарияланған шолуына сәйкес (НИУ ВШЭ сыбайлас жемқорлыққа қарсы орталығы), шек — 1 000 АЕК-тен астам."),
       [
           _c("More than 100 MCI", "Более чем на 100 МРП", "100 АЕК-тен астам"),
           _c("More than 500 MCI", "Более чем на 500 МРП", "500 АЕК-тен астам"),
           _c("More than 1,000 MCI", "Более чем на 1 000 МРП", "1 000 АЕК-тен астам", True),
           _c("More than 10,000 MCI", "Более чем на 10 000 МРП", "10 000 АЕК-тен астам"),
       ]),
    _q("financial-control-04", "financial-control", "single",
       _t("Since when has Kazakhstan been phasing in universal declaration of income and assets?",
          "С какого года Казахстан поэтапно вводит всеобщее декларирование доходов и имущества?",
          "Қазақстан кірістер мен мүлікті жалпыға бірдей декларациялауды қай жылдан бастап кезең-кезеңімен енгізуде?"),
       _t("Universal declaration has been phased in since 2021, and the roll-out covers civil servants (HSE Anti-Corruption Centre summary).",
          "Всеобщее декларирование вводится поэтапно с 2021 года и охватывает государственных служащих (обзор Антикоррупционного центра НИУ ВШЭ).",
          "Жалпыға бірдей декларациялау 2021 жылдан бастап кезең-кезеңімен енгізілуде және мемлекеттік қызметшілерді қамтиды (НИУ ВШЭ сыбайлас жемқорлыққа қарсы орталығының шолуы)."),
       [
           _c("2015", "С 2015 года", "2015 жылдан"),
           _c("2018", "С 2018 года", "2018 жылдан"),
           _c("2021", "С 2021 года", "2021 жылдан", True),
           _c("2026", "С 2026 года", "2026 жылдан"),
       ]),
    _q("financial-control-05", "financial-control", "multiple",
       _t("Who files declarations of income and property under Article 11 of Law No. 410-V? Select all that apply.",
          "Кто подаёт декларации о доходах и имуществе по статье 11 Закона № 410-V? Выберите все подходящие варианты.",
          "№ 410-V Заңның 11-бабы бойынша кірістер мен мүлік туралы декларацияны кімдер тапсырады? Барлық дұрыс жауапты таңдаңыз."),
       _t("Article 11 names civil servants, officials, persons equated to them and their spouses (Law No. 410-V, Adilet). Contractors of a state body are not on the list.",
          "Статья 11 называет государственных служащих, должностных лиц, приравненных к ним лиц и их супругов (Закон № 410-V, ИПС «Әділет»). Подрядчиков государственного органа в перечне нет.",
          "11-бап мемлекеттік қызметшілерді, лауазымды адамдарды, оларға теңестірілген адамдарды және олардың жұбайларын атайды (№ 410-V Заң, «Әділет» АҚЖ). Мемлекеттік органның мердігерлері тізбеде жоқ."),
       [
           _c("Civil servants", "Государственные служащие", "Мемлекеттік қызметшілер", True),
           _c("Spouses of civil servants", "Супруги государственных служащих", "Мемлекеттік қызметшілердің жұбайлары", True),
           _c("Persons equated to persons authorised to perform state functions", "Лица, приравненные к лицам, уполномоченным на выполнение государственных функций", "Мемлекеттік функцияларды орындауға уәкілеттік берілген адамдарға теңестірілген адамдар", True),
           _c("Private contractors that supply a state body", "Частные подрядчики, выполняющие поставки для государственного органа", "Мемлекеттік органға тауар жеткізетін жеке мердігерлер"),
       ]),
    _q("financial-control-06", "financial-control", "single",
       _t("Which law introduced the administrative fine for expenses that exceed income by more than 1,000 MCI?",
          "Какой закон ввёл административный штраф за превышение расходов над доходами более чем на 1 000 МРП?",
          "Шығыстың кірістен 1 000 АЕК-тен астам асқаны үшін әкімшілік айыппұлды қай заң енгізді?"),
       _t("Law No. 188-VII of 3 January 2023 introduced this rule (HSE Anti-Corruption Centre summary). Law No. 273-VI of 2019 concerns managers' resignation; Law No. 31-IV ratified UNCAC.",
          "Это правило ввёл Закон № 188-VII от 3 января 2023 года (обзор Антикоррупционного центра НИУ ВШЭ). Закон № 273-VI 2019 года касается отставки руководителей, Закон № 31-IV ратифицировал Конвенцию ООН.",
          "Бұл қағиданы 2023 жылғы 3 қаңтардағы № 188-VII Заң енгізді (НИУ ВШЭ сыбайлас жемқорлыққа қарсы орталығының шолуы). 2019 жылғы № 273-VI Заң басшылардың отставкасына қатысты, № 31-IV Заң БҰҰ конвенциясын ратификациялады."),
       [
           _c("Law No. 188-VII of 3 January 2023", "Закон № 188-VII от 3 января 2023 года", "2023 жылғы 3 қаңтардағы № 188-VII Заң", True),
           _c("Law No. 410-V of 18 November 2015", "Закон № 410-V от 18 ноября 2015 года", "2015 жылғы 18 қарашадағы № 410-V Заң"),
           _c("Law No. 273-VI of 2019", "Закон № 273-VI 2019 года", "2019 жылғы № 273-VI Заң"),
           _c("Law No. 31-IV of 4 May 2008", "Закон № 31-IV от 4 мая 2008 года", "2008 жылғы 4 мамырдағы № 31-IV Заң"),
       ]),
    _q("financial-control-07", "financial-control", "true_false",
       _t("Financial control is one of the measures of combating corruption listed in Article 6 of Law No. 410-V.",
          "Финансовый контроль — одна из мер противодействия коррупции, перечисленных в статье 6 Закона № 410-V.",
          "Қаржылық бақылау — № 410-V Заңның 6-бабында аталған сыбайлас жемқорлыққа қарсы іс-қимыл шараларының бірі."),
       _t("True. Article 6 of Law No. 410-V lists financial control among the measures, and Article 11 sets out how it works (Adilet; academic article on Article 6).",
          "Верно. Статья 6 Закона № 410-V включает финансовый контроль в перечень мер, а статья 11 определяет его порядок (ИПС «Әділет»; научная статья о статье 6).",
          "Дұрыс. № 410-V Заңның 6-бабы қаржылық бақылауды шаралар қатарына жатқызады, ал 11-бабы оның тәртібін белгілейді («Әділет» АҚЖ; 6-бап туралы ғылыми мақала)."),
       _tf(True)),
    _q("financial-control-08", "financial-control", "true_false",
       _t("The spouse of a candidate does not have to file any declaration before the candidate is appointed.",
          "Супругу (супруге) кандидата не нужно подавать никакой декларации до назначения кандидата.",
          "Кандидаттың жұбайы (зайыбы) кандидат тағайындалғанға дейін ешқандай декларация тапсырмауы керек."),
       _t("False. Article 11 of Law No. 410-V requires both the candidate and the candidate's spouse to submit a declaration of assets and liabilities before appointment (Adilet).",
          "Неверно. Статья 11 Закона № 410-V обязывает и кандидата, и его супруга (супругу) представить декларацию об активах и обязательствах до назначения (ИПС «Әділет»).",
          "Қате. № 410-V Заңның 11-бабы кандидатты да, оның жұбайын (зайыбын) да тағайындалғанға дейін активтер мен міндеттемелер туралы декларация ұсынуға міндеттейді («Әділет» АҚЖ)."),
       _tf(False)),
]


_Q_REPORTING = [
    _q("reporting-and-protection-01", "reporting-and-protection", "single",
       _t("What is the number of the Anti-Corruption Service's toll-free call centre?",
          "Какой номер у бесплатного call-центра Антикоррупционной службы?",
          "Сыбайлас жемқорлыққа қарсы қызметтің тегін байланыс орталығының нөмірі қандай?"),
       _t("The 24/7 toll-free line is 1424 (eGov.kz; enbekshiqazaq.kz, 28 June 2025).",
          "Круглосуточная бесплатная линия — 1424 (eGov.kz; enbekshiqazaq.kz, 28 июня 2025 года).",
          "Тәулік бойы жұмыс істейтін тегін желі — 1424 (eGov.kz; enbekshiqazaq.kz, 2025 жылғы 28 маусым)."),
       [
           _c("102", "102", "102"),
           _c("1414", "1414", "1414"),
           _c("1424", "1424", "1424", True),
           _c("109", "109", "109"),
       ]),
    _q("reporting-and-protection-02", "reporting-and-protection", "single",
       _t("After you report your manager's bribe demand, HR starts preparing your transfer. Under what condition can disciplinary action or a transfer be considered?",
          "После того как вы сообщили о требовании взятки вашим руководителем, кадровая служба готовит ваш перевод. При каком условии может рассматриваться взыскание или перевод?",
          "Басшыңыздың пара талап еткені туралы хабарлағаннан кейін кадр қызметі сізді ауыстыруға дайындалып жатыр. Тәртіптік жаза немесе ауыстыру қандай шартпен қаралуы мүмкін?"),
       _t("A reporting person may not be disciplined, dismissed or transferred unless a representative of the Anti-Corruption Service sits on the disciplinary commission (enbekshiqazaq.kz, 28 June 2025; Law No. 410-V, Article 24).",
          "Заявителя нельзя привлечь к взысканию, уволить или перевести без участия представителя Антикоррупционной службы в дисциплинарной комиссии (enbekshiqazaq.kz, 28 июня 2025 года; Закон № 410-V, статья 24).",
          "Хабарлаушыны тәртіптік комиссияда Сыбайлас жемқорлыққа қарсы қызметтің өкілі болмаса жазалауға, босатуға немесе ауыстыруға болмайды (enbekshiqazaq.kz, 2025 жылғы 28 маусым; № 410-V Заң, 24-бап)."),
       [
           _c("Any time, as an ordinary HR decision", "В любое время, как обычное кадровое решение", "Кез келген уақытта, кәдімгі кадрлық шешім ретінде"),
           _c("Only with a representative of the Anti-Corruption Service on the disciplinary commission", "Только при участии представителя Антикоррупционной службы в дисциплинарной комиссии", "Тек тәртіптік комиссияда Сыбайлас жемқорлыққа қарсы қызметтің өкілі болғанда", True),
           _c("Only with the approval of the trade union", "Только с согласия профсоюза", "Тек кәсіподақтың келісімімен"),
           _c("Never: the reporter cannot be transferred for 10 years", "Никогда: заявителя нельзя переводить 10 лет", "Ешқашан: хабарлаушыны 10 жыл бойы ауыстыруға болмайды"),
       ]),
    _q("reporting-and-protection-03", "reporting-and-protection", "single",
       _t("What reward is paid for reporting a bribe larger than 1,000 MCI, once the case is proven?",
          "Какое поощрение выплачивается за сообщение о взятке свыше 1 000 МРП, если факт подтверждён?",
          "Факт дәлелденсе, 1 000 АЕК-тен асатын пара туралы хабарлағаны үшін қандай көтермелеу төленеді?"),
       _t("According to published summaries of the reward rules under Government Decree No. 1131, the reward is 10% of the bribe or damage, capped at 4,000 MCI (kazface.kz; CIS Legislation).",
          "Согласно опубликованным обзорам правил поощрения по постановлению Правительства № 1131, поощрение составляет 10% от суммы взятки или ущерба, но не более 4 000 МРП (kazface.kz; CIS Legislation).",
          "Үкіметтің № 1131 қаулысы бойынша көтермелеу қағидаларының жарияланған шолуларына сәйкес, көтермелеу пара немесе залал сомасының 10%-ы, бірақ 4 000 АЕК-тен аспайды (kazface.kz; CIS Legislation)."),
       [
           _c("A fixed 30 MCI", "Фиксированные 30 МРП", "Тіркелген 30 АЕК"),
           _c("10% of the bribe or damage, capped at 4,000 MCI", "10% от взятки или ущерба, но не более 4 000 МРП", "Пара немесе залал сомасының 10%-ы, бірақ 4 000 АЕК-тен аспайды", True),
           _c("50% of the bribe, without a cap", "50% от взятки без ограничения", "Пара сомасының 50%-ы, шектеусіз"),
           _c("No reward, only a letter of thanks", "Никакого вознаграждения, только благодарственное письмо", "Ешқандай сыйақы жоқ, тек алғыс хат"),
       ]),
    _q("reporting-and-protection-04", "reporting-and-protection", "single",
       _t("How is the reward set when the bribe or damage does not exceed 1,000 MCI?",
          "Как определяется поощрение, если размер взятки или ущерба не превышает 1 000 МРП?",
          "Пара немесе залал мөлшері 1 000 АЕК-тен аспаса, көтермелеу қалай белгіленеді?"),
       _t("For such cases the reward is a fixed amount of 30, 40, 50, 70 or 100 MCI depending on the gravity of the offence (kazface.kz summary of the rules under Government Decree No. 1131).",
          "В таких случаях выплачивается фиксированная сумма — 30, 40, 50, 70 или 100 МРП в зависимости от тяжести правонарушения (обзор kazface.kz правил по постановлению Правительства № 1131).",
          "Мұндай жағдайларда құқық бұзушылықтың ауырлығына қарай тіркелген сома — 30, 40, 50, 70 немесе 100 АЕК төленеді (Үкіметтің № 1131 қаулысы бойынша қағидаларға kazface.kz шолуы)."),
       [
           _c("A fixed amount from 30 to 100 MCI, depending on the gravity of the offence", "Фиксированная сумма от 30 до 100 МРП в зависимости от тяжести правонарушения", "Құқық бұзушылықтың ауырлығына қарай 30-дан 100 АЕК-ке дейінгі тіркелген сома", True),
           _c("10% of the bribe, without any cap", "10% от взятки без какого-либо ограничения", "Пара сомасының 10%-ы, ешқандай шектеусіз"),
           _c("Always exactly 1,000 MCI", "Всегда ровно 1 000 МРП", "Әрдайым дәл 1 000 АЕК"),
           _c("No reward is paid for such cases", "За такие случаи поощрение не выплачивается", "Мұндай жағдайлар үшін көтермелеу төленбейді"),
       ]),
    _q("reporting-and-protection-05", "reporting-and-protection", "multiple",
       _t("Which of these are official channels for reporting corruption? Select all that apply.",
          "Какие из перечисленных каналов являются официальными для сообщения о коррупции? Выберите все подходящие варианты.",
          "Мыналардың қайсысы сыбайлас жемқорлық туралы хабарлаудың ресми арналары болып табылады? Барлық дұрыс жауапты таңдаңыз."),
       _t("Reports can be made through the 1424 call centre, an online application on eGov signed with an electronic digital signature, or in writing (eGov.kz; enbekshiqazaq.kz). Handing the information to the suspect is not a reporting channel.",
          "Сообщить можно через call-центр 1424, онлайн-обращение на eGov с электронной цифровой подписью или письменно (eGov.kz; enbekshiqazaq.kz). Передача сведений подозреваемому каналом сообщения не является.",
          "1424 байланыс орталығы, eGov порталындағы электрондық цифрлық қолтаңбамен қол қойылған онлайн өтініш немесе жазбаша арыз арқылы хабарлауға болады (eGov.kz; enbekshiqazaq.kz). Ақпаратты күдіктінің өзіне беру хабарлау арнасы емес."),
       [
           _c("The 1424 call centre", "Call-центр 1424", "1424 байланыс орталығы", True),
           _c("An online application on eGov signed with an electronic digital signature", "Онлайн-обращение на eGov, подписанное электронной цифровой подписью", "eGov порталында электрондық цифрлық қолтаңбамен қол қойылған онлайн өтініш", True),
           _c("A written application to the Anti-Corruption Service", "Письменное заявление в Антикоррупционную службу", "Сыбайлас жемқорлыққа қарсы қызметке жазбаша арыз", True),
           _c("Telling the suspected official so that he or she can explain", "Сообщить самому подозреваемому, чтобы он мог объясниться", "Күдікті лауазымды адамның өзіне түсініктеме беруі үшін айту"),
       ]),
    _q("reporting-and-protection-06", "reporting-and-protection", "single",
       _t("Which act sets the rules for rewarding persons who report corruption?",
          "Какой акт устанавливает правила поощрения лиц, сообщивших о коррупции?",
          "Сыбайлас жемқорлық туралы хабарлаған адамдарды көтермелеу қағидаларын қай акт белгілейді?"),
       _t("Rewards are paid under Government Decree No. 1131, adopted pursuant to Article 24 of Law No. 410-V (eGov.kz; CIS Legislation). Decree No. 153 approved the Ethics Code; Decree No. 802 approved the Concept.",
          "Поощрение выплачивается по постановлению Правительства № 1131, принятому во исполнение статьи 24 Закона № 410-V (eGov.kz; CIS Legislation). Указ № 153 утвердил Этический кодекс, Указ № 802 — Концепцию.",
          "Көтермелеу № 410-V Заңның 24-бабын іске асыру үшін қабылданған Үкіметтің № 1131 қаулысы бойынша төленеді (eGov.kz; CIS Legislation). № 153 Жарлық Әдеп кодексін, № 802 Жарлық Тұжырымдаманы бекітті."),
       [
           _c("Government Decree No. 1131", "Постановление Правительства № 1131", "Үкіметтің № 1131 қаулысы", True),
           _c("Presidential Decree No. 153", "Указ Президента № 153", "Президенттің № 153 Жарлығы"),
           _c("Law No. 273-VI", "Закон № 273-VI", "№ 273-VI Заң"),
           _c("Presidential Decree No. 802", "Указ Президента № 802", "Президенттің № 802 Жарлығы"),
       ]),
    _q("reporting-and-protection-07", "reporting-and-protection", "true_false",
       _t("Disclosing confidential information about a person who reported corruption is a criminal offence.",
          "Разглашение конфиденциальных сведений о лице, сообщившем о коррупции, является уголовно наказуемым.",
          "Сыбайлас жемқорлық туралы хабарлаған адам туралы құпия мәліметтерді жария ету қылмыстық жауаптылыққа әкеп соғады."),
       _t("True. According to explanations published on 28 June 2025 (enbekshiqazaq.kz), breaching the confidentiality of a reporting person is a crime.",
          "Верно. Согласно разъяснениям, опубликованным 28 июня 2025 года (enbekshiqazaq.kz), нарушение конфиденциальности сведений о заявителе является преступлением.",
          "Дұрыс. 2025 жылғы 28 маусымда жарияланған түсіндірмелерге сәйкес (enbekshiqazaq.kz), хабарлаушы туралы мәліметтердің құпиялылығын бұзу — қылмыс."),
       _tf(True)),
    _q("reporting-and-protection-08", "reporting-and-protection", "true_false",
       _t("Before reporting corruption, you must collect complete proof yourself.",
          "Прежде чем сообщить о коррупции, вы обязаны сами собрать исчерпывающие доказательства.",
          "Сыбайлас жемқорлық туралы хабарламас бұрын толық дәлелді өзіңіз жинауыңыз керек."),
       _t("False. Checking the facts is the job of the Anti-Corruption Service; a specific, honest report is enough, and Article 24 of Law No. 410-V protects anyone who reports or otherwise helps to combat corruption.",
          "Неверно. Проверка фактов — задача Антикоррупционной службы; достаточно конкретного и честного сообщения, а статья 24 Закона № 410-V защищает каждого, кто сообщает о коррупции или иным образом содействует противодействию ей.",
          "Қате. Деректерді тексеру — Сыбайлас жемқорлыққа қарсы қызметтің міндеті; нақты әрі адал хабарлама жеткілікті, ал № 410-V Заңның 24-бабы сыбайлас жемқорлық туралы хабарлаған немесе оған қарсы іс-қимылға өзгеше жәрдем көрсеткен әркімді қорғайды."),
       _tf(False)),
]


_Q_LIABILITY = [
    _q("liability-01", "liability", "single",
       _t("Which statement is TRUE for a person convicted of a corruption crime?",
          "Какое утверждение ВЕРНО в отношении лица, осуждённого за коррупционное преступление?",
          "Сыбайлас жемқорлық қылмысы үшін сотталған адамға қатысты қай тұжырым ДҰРЫС?"),
       _t("As the explainer on the draft law summarises, a corruption convict is barred for life from the civil service and the quasi-public sector, cannot get a suspended sentence and cannot be released through reconciliation.",
          "Как кратко излагает разъяснение к законопроекту, осуждённый за коррупцию пожизненно лишается права на государственную службу и работу в квазигосударственном секторе, не может получить условное осуждение и не освобождается в связи с примирением.",
          "Заң жобасының түсіндірмесінде қысқаша баяндалғандай, сыбайлас жемқорлық үшін сотталған адам мемлекеттік қызмет пен квазимемлекеттік сектордағы жұмыс құқығынан өмір бойына айырылады, шартты түрде сотталмайды және татуласуға байланысты босатылмайды."),
       [
           _c("He or she may return to the civil service after five years", "Он может вернуться на государственную службу через пять лет", "Ол бес жылдан кейін мемлекеттік қызметке орала алады"),
           _c("He or she may receive a suspended sentence", "Ему может быть назначено условное осуждение", "Ол шартты түрде сотталуы мүмкін"),
           _c("He or she is barred for life from the civil service and the quasi-public sector", "Он пожизненно лишается права на государственную службу и работу в квазигосударственном секторе", "Ол мемлекеттік қызмет пен квазимемлекеттік сектордағы жұмыс құқығынан өмір бойына айырылады", True),
           _c("He or she may be released if the parties reconcile", "Он может быть освобождён в связи с примирением сторон", "Тараптар татуласса, ол босатылуы мүмкін"),
       ]),
    _q("liability-02", "liability", "single",
       _t("Under the proposed rule on the promise or offer of a bribe, when would the crime be complete?",
          "С какого момента преступление будет считаться оконченным по предлагаемой норме об обещании или предложении взятки?",
          "Параны уәде ету немесе ұсыну туралы ұсынылып отырған норма бойынша қылмыс қашан аяқталған болып саналады?"),
       _t("According to the explainer on the draft law, the crime would be complete as soon as a bribe is offered, promised or agreed to, even if nothing is handed over, in line with UNCAC.",
          "Согласно разъяснению к законопроекту, преступление будет окончено уже в момент предложения, обещания взятки или согласия на неё, даже если ничего не передано, — в соответствии с Конвенцией ООН.",
          "Заң жобасының түсіндірмесіне сәйкес, қылмыс ештеңе берілмесе де пара ұсынылған, уәде етілген немесе оған келісім берілген сәтте-ақ аяқталған болып саналады — бұл БҰҰ конвенциясына сәйкес келеді."),
       [
           _c("When the money is handed over", "Когда переданы деньги", "Ақша берілген кезде"),
           _c("When the requested service has been performed", "Когда оказана требуемая услуга", "Сұралған қызмет көрсетілген кезде"),
           _c("When the bribe is offered, promised or agreed to", "Когда взятка предложена, обещана или дано согласие на неё", "Пара ұсынылған, уәде етілген немесе оған келісім берілген кезде", True),
           _c("Only when the official is convicted", "Только когда должностное лицо осуждено", "Тек лауазымды адам сотталған кезде"),
       ]),
    _q("liability-03", "liability", "single",
       _t("A deputy minister's direct subordinate is convicted of bribery. What must the deputy minister do?",
          "Непосредственный подчинённый вице-министра осуждён за взяточничество. Что обязан сделать вице-министр?",
          "Вице-министрдің тікелей бағыныштысы пара алғаны үшін сотталды. Вице-министр не істеуге міндетті?"),
       _t("According to the summary of Law No. 273-VI (2019), ministers, deputy ministers and akims must resign within 10 days after a direct subordinate's corruption conviction (HSE Anti-Corruption Centre).",
          "Согласно обзору Закона № 273-VI (2019 год), министры, их заместители и акимы обязаны уйти в отставку в течение 10 дней после осуждения непосредственного подчинённого за коррупцию (Антикоррупционный центр НИУ ВШЭ).",
          "№ 273-VI Заңға (2019 жыл) шолуға сәйкес, министрлер, вице-министрлер және әкімдер тікелей бағыныштысы сыбайлас жемқорлық үшін сотталғаннан кейін 10 күн ішінде отставкаға кетуге міндетті (НИУ ВШЭ сыбайлас жемқорлыққа қарсы орталығы)."),
       [
           _c("Nothing, since liability is personal", "Ничего, ведь ответственность личная", "Ештеңе, өйткені жауаптылық жеке"),
           _c("Pay an administrative fine", "Заплатить административный штраф", "Әкімшілік айыппұл төлеу"),
           _c("Resign within 10 days", "Уйти в отставку в течение 10 дней", "10 күн ішінде отставкаға кету", True),
           _c("Complete a retraining course", "Пройти курс переподготовки", "Қайта даярлау курсынан өту"),
       ]),
    _q("liability-04", "liability", "single",
       _t("A political civil servant resigned because a direct subordinate committed a corruption offence. For how long is appointment to a political post barred?",
          "Политический государственный служащий ушёл в отставку из-за коррупционного правонарушения непосредственного подчинённого. На какой срок ему закрыто назначение на политическую должность?",
          "Саяси мемлекеттік қызметші тікелей бағыныштысының сыбайлас жемқорлық құқық бұзушылығына байланысты отставкаға кетті. Оны саяси лауазымға тағайындауға қанша уақыт тыйым салынады?"),
       _t("Article 14 of the Civil Service Law bars appointment or election to a political post within one year of such a resignation (Law No. 416-V, Adilet).",
          "Статья 14 Закона о государственной службе запрещает назначение или избрание на политическую должность в течение одного года после такой отставки (Закон № 416-V, ИПС «Әділет»).",
          "Мемлекеттік қызмет туралы Заңның 14-бабы мұндай отставкадан кейін бір жыл ішінде саяси лауазымға тағайындауға немесе сайлауға тыйым салады (№ 416-V Заң, «Әділет» АҚЖ)."),
       [
           _c("3 months", "3 месяца", "3 ай"),
           _c("1 year", "1 год", "1 жыл", True),
           _c("5 years", "5 лет", "5 жыл"),
           _c("For life", "Пожизненно", "Өмір бойы"),
       ]),
    _q("liability-05", "liability", "multiple",
       _t("Which consequences apply to a person convicted of a corruption crime? Select all that apply.",
          "Какие последствия наступают для лица, осуждённого за коррупционное преступление? Выберите все подходящие варианты.",
          "Сыбайлас жемқорлық қылмысы үшін сотталған адамға қандай салдарлар қолданылады? Барлық дұрыс жауапты таңдаңыз."),
       _t("The explainer on the draft law lists a lifetime ban from the civil service and the quasi-public sector, no suspended sentence and no parole for serious or especially serious crimes. There is no automatic pardon.",
          "Разъяснение к законопроекту называет пожизненный запрет на государственную службу и работу в квазигосударственном секторе, невозможность условного осуждения и условно-досрочного освобождения за тяжкие и особо тяжкие преступления. Автоматического помилования нет.",
          "Заң жобасының түсіндірмесі мемлекеттік қызмет пен квазимемлекеттік сектордағы жұмысқа өмір бойы тыйымды, шартты түрде соттаудың және ауыр не аса ауыр қылмыстар үшін шартты түрде мерзімінен бұрын босатудың мүмкін еместігін атайды. Автоматты кешірім жоқ."),
       [
           _c("A lifetime ban from the civil service and the quasi-public sector", "Пожизненный запрет на государственную службу и работу в квазигосударственном секторе", "Мемлекеттік қызмет пен квазимемлекеттік сектордағы жұмысқа өмір бойы тыйым", True),
           _c("No suspended (conditional) sentence", "Невозможность условного осуждения", "Шартты түрде соттаудың мүмкін еместігі", True),
           _c("No parole for serious or especially serious crimes", "Невозможность условно-досрочного освобождения за тяжкие и особо тяжкие преступления", "Ауыр және аса ауыр қылмыстар үшін шартты түрде мерзімінен бұрын босатудың мүмкін еместігі", True),
           _c("An automatic pardon after one year", "Автоматическое помилование через год", "Бір жылдан кейін автоматты түрде кешірім жасау"),
       ]),
    _q("liability-06", "liability", "single",
       _t("What would the planned public registry contain?",
          "Какие сведения будет содержать планируемый публичный реестр?",
          "Жоспарланған жария тізілімде қандай мәліметтер болады?"),
       _t("According to the explainer on the draft law, the registry would list persons convicted of serious corruption crimes until their criminal record is expunged; at the seminar of 21 November 2025 it was still described as planned.",
          "Согласно разъяснению к законопроекту, в реестр будут включаться лица, осуждённые за тяжкие коррупционные преступления, до погашения или снятия судимости; на семинаре 21 ноября 2025 года он ещё назывался планируемым.",
          "Заң жобасының түсіндірмесіне сәйкес, тізілімге ауыр сыбайлас жемқорлық қылмыстары үшін сотталған адамдар соттылығы өтелгенге немесе алынғанға дейін енгізіледі; 2025 жылғы 21 қарашадағы семинарда ол әлі жоспарланған деп аталды."),
       [
           _c("The salaries of all civil servants", "Зарплаты всех государственных служащих", "Барлық мемлекеттік қызметшілердің жалақысы"),
           _c("Persons convicted of serious corruption crimes, until their record is expunged", "Лица, осуждённые за тяжкие коррупционные преступления, до погашения судимости", "Ауыр сыбайлас жемқорлық қылмыстары үшін сотталған адамдар, соттылығы өтелгенге дейін", True),
           _c("The names of everyone who has reported corruption", "Имена всех, кто сообщал о коррупции", "Сыбайлас жемқорлық туралы хабарлағандардың барлығының аты-жөні"),
           _c("Companies that have won public tenders", "Компании, победившие в государственных закупках", "Мемлекеттік сатып алуда жеңген компаниялар"),
       ]),
    _q("liability-07", "liability", "true_false",
       _t("At the seminar of 21 November 2025, the public registry and the rule on the promise or offer of a bribe were still described as planned.",
          "На семинаре 21 ноября 2025 года публичный реестр и норма об обещании или предложении взятки ещё назывались планируемыми.",
          "2025 жылғы 21 қарашадағы семинарда жария тізілім мен параны уәде ету немесе ұсыну туралы норма әлі жоспарланған деп аталды."),
       _t("True. The report of the Aviation Administration seminar (21 November 2025) presents both measures among the amendments planned for 2025–2026; check the current law before relying on them.",
          "Верно. В отчёте о семинаре Авиационной администрации (21 ноября 2025 года) обе меры названы среди поправок, запланированных на 2025–2026 годы; прежде чем ссылаться на них, проверьте действующий закон.",
          "Дұрыс. Авиациялық әкімшілік семинарының есебінде (2025 жылғы 21 қараша) екі шара да 2025–2026 жылдарға жоспарланған түзетулердің қатарында аталған; оларға сүйенбес бұрын қолданыстағы заңды тексеріңіз."),
       _tf(True)),
    _q("liability-08", "liability", "true_false",
       _t("A person who committed a corruption crime can be released from liability if he or she reconciles with the other party.",
          "Лицо, совершившее коррупционное преступление, может быть освобождено от ответственности в связи с примирением с другой стороной.",
          "Сыбайлас жемқорлық қылмысын жасаған адам екінші тараппен татуласса, жауаптылықтан босатылуы мүмкін."),
       _t("False. As the explainer on the draft law notes, release on the ground of reconciliation is not available for corruption crimes.",
          "Неверно. Как отмечается в разъяснении к законопроекту, освобождение в связи с примирением за коррупционные преступления не применяется.",
          "Қате. Заң жобасының түсіндірмесінде атап өтілгендей, сыбайлас жемқорлық қылмыстары үшін татуласуға байланысты босату қолданылмайды."),
       _tf(False)),
]


_Q_ETHICS = [
    _q("ethics-and-culture-01", "ethics-and-culture", "single",
       _t("Which act approved the Ethics Code of civil servants of the Republic of Kazakhstan?",
          "Каким актом утверждён Этический кодекс государственных служащих Республики Казахстан?",
          "Қазақстан Республикасы мемлекеттік қызметшілерінің Әдеп кодексі қандай актімен бекітілді?"),
       _t("The Ethics Code and the Regulation on the Ethics Commissioner were approved by Presidential Decree No. 153 of 29 December 2015 (CIS Legislation). Decree No. 1131 concerns rewards and Decree No. 802 approved the Concept.",
          "Этический кодекс и Положение об уполномоченном по этике утверждены Указом Президента № 153 от 29 декабря 2015 года (CIS Legislation). Постановление № 1131 касается поощрения, Указ № 802 утвердил Концепцию.",
          "Әдеп кодексі мен Әдеп жөніндегі уәкіл туралы ереже Президенттің 2015 жылғы 29 желтоқсандағы № 153 Жарлығымен бекітілген (CIS Legislation). № 1131 қаулы көтермелеуге қатысты, № 802 Жарлық Тұжырымдаманы бекітті."),
       [
           _c("Law No. 416-V on civil service", "Законом № 416-V о государственной службе", "Мемлекеттік қызмет туралы № 416-V Заңмен"),
           _c("Presidential Decree No. 153", "Указом Президента № 153", "Президенттің № 153 Жарлығымен", True),
           _c("Government Decree No. 1131", "Постановлением Правительства № 1131", "Үкіметтің № 1131 қаулысымен"),
           _c("Presidential Decree No. 802", "Указом Президента № 802", "Президенттің № 802 Жарлығымен"),
       ]),
    _q("ethics-and-culture-02", "ethics-and-culture", "single",
       _t("Who inside a state body advises employees on ethical and anti-corruption questions?",
          "Кто в государственном органе консультирует сотрудников по вопросам этики и противодействия коррупции?",
          "Мемлекеттік органда қызметкерлерге әдеп және сыбайлас жемқорлыққа қарсы іс-қимыл мәселелері бойынша кім кеңес береді?"),
       _t("The Ethics Commissioner ensures compliance with the Ethics Code, helps prevent breaches of civil service and anti-corruption law and advises employees and citizens (Karaganda region akimat; Decree No. 153).",
          "Уполномоченный по этике обеспечивает соблюдение Этического кодекса, предупреждает нарушения законодательства о государственной службе и о противодействии коррупции и консультирует служащих и граждан (акимат Карагандинской области; Указ № 153).",
          "Әдеп жөніндегі уәкіл Әдеп кодексінің сақталуын қамтамасыз етеді, мемлекеттік қызмет және сыбайлас жемқорлыққа қарсы іс-қимыл туралы заңнаманың бұзылуының алдын алады және қызметшілер мен азаматтарға кеңес береді (Қарағанды облысының әкімдігі; № 153 Жарлық)."),
       [
           _c("The Ethics Commissioner", "Уполномоченный по этике", "Әдеп жөніндегі уәкіл", True),
           _c("The regional prosecutor", "Областной прокурор", "Облыс прокуроры"),
           _c("The local tax office", "Местная налоговая служба", "Жергілікті салық қызметі"),
           _c("An external auditor", "Внешний аудитор", "Сыртқы аудитор"),
       ]),
    _q("ethics-and-culture-03", "ethics-and-culture", "single",
       _t("What is “Adal azamat”?",
          "Что такое «Адал азамат»?",
          "«Адал азамат» дегеніміз не?"),
       _t("“Adal azamat” (“Honest citizen”) is the concept of anti-corruption culture; according to the Anti-Corruption Agency's 2025 report to the President, about 3,000 events reached more than 450,000 citizens.",
          "«Адал азамат» («Честный гражданин») — концепция антикоррупционной культуры; по данным доклада Агентства по противодействию коррупции Главе государства в 2025 году, около 3 000 мероприятий охватили более 450 000 граждан.",
          "«Адал азамат» — сыбайлас жемқорлыққа қарсы мәдениет тұжырымдамасы; Сыбайлас жемқорлыққа қарсы іс-қимыл агенттігінің 2025 жылғы Мемлекет басшысына баяндамасына сәйкес, 3 000-ға жуық іс-шара 450 000-нан астам азаматты қамтыды."),
       [
           _c("A tax amnesty programme", "Программа налоговой амнистии", "Салық рақымшылығы бағдарламасы"),
           _c("A concept of anti-corruption culture", "Концепция антикоррупционной культуры", "Сыбайлас жемқорлыққа қарсы мәдениет тұжырымдамасы", True),
           _c("A public procurement portal", "Портал государственных закупок", "Мемлекеттік сатып алу порталы"),
           _c("An electronic declaration form", "Форма электронной декларации", "Электрондық декларация нысаны"),
       ]),
    _q("ethics-and-culture-04", "ethics-and-culture", "single",
       _t("From what date has the Ethics Code approved by Decree No. 153 been in force?",
          "С какой даты действует Этический кодекс, утверждённый Указом № 153?",
          "№ 153 Жарлықпен бекітілген Әдеп кодексі қай күннен бастап қолданылады?"),
       _t("Decree No. 153 of 29 December 2015 took effect on 1 January 2016 (CIS Legislation; State Revenue Department of Abai region).",
          "Указ № 153 от 29 декабря 2015 года вступил в силу 1 января 2016 года (CIS Legislation; Департамент государственных доходов по области Абай).",
          "2015 жылғы 29 желтоқсандағы № 153 Жарлық 2016 жылғы 1 қаңтарда күшіне енді (CIS Legislation; Абай облысы бойынша Мемлекеттік кірістер департаменті)."),
       [
           _c("1 January 2016", "С 1 января 2016 года", "2016 жылғы 1 қаңтардан", True),
           _c("18 November 2015", "С 18 ноября 2015 года", "2015 жылғы 18 қарашадан"),
           _c("1 January 2005", "С 1 января 2005 года", "2005 жылғы 1 қаңтардан"),
           _c("2 February 2022", "Со 2 февраля 2022 года", "2022 жылғы 2 ақпаннан"),
       ]),
    _q("ethics-and-culture-05", "ethics-and-culture", "single",
       _t("What was Kazakhstan's result in the Corruption Perceptions Index 2024?",
          "Каков результат Казахстана в Индексе восприятия коррупции за 2024 год?",
          "Қазақстанның 2024 жылғы Сыбайлас жемқорлықты қабылдау индексіндегі нәтижесі қандай?"),
       _t("In the CPI 2024 Kazakhstan scored 40 points and ranked 88th of 180, five places higher than a year earlier; in 2016 the score was 29 (KazTAG; Anti-Corruption Agency report to the President).",
          "В ИВК за 2024 год Казахстан набрал 40 баллов и занял 88-е место из 180, поднявшись на пять позиций; в 2016 году было 29 баллов (КазТАГ; доклад Агентства по противодействию коррупции).",
          "2024 жылғы индексте Қазақстан 40 балл жинап, 180 елдің ішінде 88-орынға ие болды, бес сатыға көтерілді; 2016 жылы 29 балл болған (ҚазТАГ; Сыбайлас жемқорлыққа қарсы іс-қимыл агенттігінің баяндамасы)."),
       [
           _c("40 points, 88th of 180 countries", "40 баллов, 88-е место из 180 стран", "40 балл, 180 елдің ішінде 88-орын", True),
           _c("29 points, 131st of 180 countries", "29 баллов, 131-е место из 180 стран", "29 балл, 180 елдің ішінде 131-орын"),
           _c("50 points, 50th of 180 countries", "50 баллов, 50-е место из 180 стран", "50 балл, 180 елдің ішінде 50-орын"),
           _c("40 points, 40th of 180 countries", "40 баллов, 40-е место из 180 стран", "40 балл, 180 елдің ішінде 40-орын"),
       ]),
    _q("ethics-and-culture-06", "ethics-and-culture", "multiple",
       _t("Which tasks were named at the international conference in Astana on 7 December 2018? Select all that apply.",
          "Какие задачи были названы на международной конференции в Астане 7 декабря 2018 года? Выберите все подходящие варианты.",
          "2018 жылғы 7 желтоқсанда Астанада өткен халықаралық конференцияда қандай міндеттер аталды? Барлық дұрыс жауапты таңдаңыз."),
       _t("The conference “Countering corruption in the context of globalization” named zero tolerance and legal culture, partnership of the state, civil society and international organisations, and state–NGO cooperation. Restoring a gift allowance was not among them.",
          "Конференция «Противодействие коррупции в условиях глобализации» назвала нулевую терпимость и правовую культуру, партнёрство государства, гражданского общества и международных организаций, а также взаимодействие государства и НПО. Возвращения порога для подарков среди задач не было.",
          "«Жаһандану жағдайында сыбайлас жемқорлыққа қарсы іс-қимыл» конференциясы мүлдем төзбеушілік пен құқықтық мәдениетті, мемлекет, азаматтық қоғам және халықаралық ұйымдар әріптестігін, сондай-ақ мемлекет пен ҮЕҰ-ның өзара іс-қимылын атады. Сыйлықтарға арналған шекті қайтару міндеттер қатарында болған жоқ."),
       [
           _c("Zero tolerance of corruption and a legal culture", "Нулевая терпимость к коррупции и правовая культура", "Сыбайлас жемқорлыққа мүлдем төзбеушілік және құқықтық мәдениет", True),
           _c("Partnership of the state, civil society and international organisations", "Партнёрство государства, гражданского общества и международных организаций", "Мемлекеттің, азаматтық қоғамның және халықаралық ұйымдардың әріптестігі", True),
           _c("Cooperation between the state and NGOs against corruption", "Взаимодействие государства и НПО в борьбе с коррупцией", "Сыбайлас жемқорлыққа қарсы мемлекет пен ҮЕҰ-ның өзара іс-қимылы", True),
           _c("Restoring the 10-MCI allowance for gifts", "Возвращение порога в 10 МРП для подарков", "Сыйлықтарға арналған 10 АЕК шегін қайтару"),
       ]),
    _q("ethics-and-culture-07", "ethics-and-culture", "true_false",
       _t("The Ethics Code approved in 2015 replaced the Code of Honour of civil servants adopted in 2005.",
          "Этический кодекс, утверждённый в 2015 году, заменил Кодекс чести государственных служащих 2005 года.",
          "2015 жылы бекітілген Әдеп кодексі 2005 жылы қабылданған мемлекеттік қызметшілердің Ар-намыс кодексін алмастырды."),
       _t("True. Decree No. 153 of 29 December 2015 replaced the 2005 Code of Honour of civil servants (State Revenue Department of Abai region; CIS Legislation).",
          "Верно. Указ № 153 от 29 декабря 2015 года заменил Кодекс чести государственных служащих 2005 года (Департамент государственных доходов по области Абай; CIS Legislation).",
          "Дұрыс. 2015 жылғы 29 желтоқсандағы № 153 Жарлық 2005 жылғы мемлекеттік қызметшілердің Ар-намыс кодексін алмастырды (Абай облысы бойынша Мемлекеттік кірістер департаменті; CIS Legislation)."),
       _tf(True)),
    _q("ethics-and-culture-08", "ethics-and-culture", "true_false",
       _t("Small thank-you gifts from applicants are acceptable if they are a local tradition.",
          "Небольшие подарки «в благодарность» от посетителей допустимы, если это местная традиция.",
          "Келушілердің «алғыс ретінде» беретін шағын сыйлықтары, егер бұл жергілікті дәстүр болса, қабылдауға болады."),
       _t("False. Article 12 of Law No. 410-V bans gifts of any value for acts linked to official powers, and zero tolerance of corruption was named as a key task at the 2018 Astana conference.",
          "Неверно. Статья 12 Закона № 410-V запрещает подарки любой стоимости за действия, связанные со служебными полномочиями, а нулевая терпимость к коррупции названа ключевой задачей на конференции в Астане в 2018 году.",
          "Қате. № 410-V Заңның 12-бабы қызметтік өкілеттікке байланысты әрекеттер үшін кез келген құндағы сыйлыққа тыйым салады, ал 2018 жылғы Астана конференциясында сыбайлас жемқорлыққа мүлдем төзбеушілік негізгі міндет ретінде аталды."),
       _tf(False)),
]


QUESTIONS = (
    _Q_LEGAL
    + _Q_SUBJECTS
    + _Q_RESTRICTIONS
    + _Q_COI
    + _Q_FINANCE
    + _Q_REPORTING
    + _Q_LIABILITY
    + _Q_ETHICS
)
