"""Per-language lexicons: the data files parse, and the engine uses them on small pages.

Each language gets a tiny page: a headline, three prose paragraphs with an advertising label
between them, a share line, then a related-links opener and two teasers with age lines.
"""

from __future__ import annotations

from collections import defaultdict
from importlib import resources

import pytest

import cleanpage
from cleanpage import Label, langdetect, lexicon

LANGS = ("de", "fr", "es", "it", "pt", "nl", "pl", "ru", "uk", "zh", "ja", "ko", "tr", "ar", "cs",
         "sv", "ro", "hu", "el", "id", "fi")
# Category files a language may leave out: no phrase that many of its sites print is known
# for it (an ad slot's "the article goes on" line).
OPTIONAL_FILES = {"el": ("resume",), "id": ("resume",), "hu": ("resume",)}
CATEGORIES = (*lexicon.CRUFT_CATEGORIES, *lexicon.ZONE_CATEGORIES)
DATA_FILES = (*CATEGORIES, "ages", "dates", "byline")

# lang: title, three paragraphs, ad line, share line, opener, two (age, title, text) teasers.
PAGES: dict[str, dict] = {
    "de": {
        "title": "Bundesregierung plant neue Förderung für Wärmepumpen",
        "paras": [
            "Die Bundesregierung will den Einbau von Wärmepumpen in Privathaushalten stärker "
            "fördern als bisher. Nach Angaben des Wirtschaftsministeriums sollen Eigentümer "
            "künftig einen höheren Zuschuss erhalten, wenn sie eine alte Heizung ersetzen.",
            "Kritiker bemängeln, dass die Förderung vor allem wohlhabenden Haushalten zugutekommt. "
            "Der Mieterbund fordert deshalb, dass auch Vermieter stärker in die Pflicht genommen "
            "werden, damit die Kosten nicht auf die Mieten umgelegt werden.",
            "Die Opposition kündigte an, das Vorhaben im Bundestag genau zu prüfen. Eine "
            "Entscheidung wird für den Herbst erwartet, nachdem die Länder ihre Stellungnahmen "
            "abgegeben haben.",
        ],
        "ad": "Anzeige",
        "share": "Teilen",
        "opener": "Mehr zum Thema",
        "teasers": [
            ("vor 3 Stunden", "Heizungsgesetz: Was Eigentümer jetzt wissen müssen",
             "Die wichtigsten Fragen und Antworten zur neuen Regelung im Überblick."),
            ("gestern", "Strompreise sinken im Frühjahr leicht",
             "Verbraucher können mit etwas günstigeren Tarifen rechnen."),
        ],
    },
    "fr": {
        "title": "Le gouvernement présente un nouveau plan pour le logement",
        "paras": [
            "Le gouvernement a présenté mardi un plan destiné à relancer la construction de "
            "logements dans les grandes villes. Selon le ministre, il s'agit de répondre à une "
            "demande qui ne cesse de croître depuis plusieurs années.",
            "Les associations de locataires saluent une initiative qu'elles jugent toutefois "
            "insuffisante. Elles demandent que les loyers soient davantage encadrés dans les "
            "quartiers où les prix ont le plus augmenté.",
            "Le texte sera examiné par les députés au cours du mois prochain. Plusieurs élus de "
            "l'opposition ont déjà annoncé qu'ils déposeraient des amendements pour le modifier.",
        ],
        "ad": "Publicité",
        "share": "Partager",
        "opener": "À lire aussi",
        "teasers": [
            ("il y a 3 heures", "Immobilier : les prix reculent dans plusieurs villes",
             "Une baisse modeste mais régulière est observée depuis le début de l'année."),
            ("hier", "Les taux d'emprunt se stabilisent",
             "Les banques proposent des conditions un peu plus favorables."),
        ],
    },
    "es": {
        "title": "El Gobierno aprueba un nuevo plan de vivienda",
        "paras": [
            "El Gobierno aprobó este martes un plan para aumentar la construcción de vivienda "
            "asequible en las grandes ciudades. Según la ministra, la medida busca responder a "
            "una demanda que no ha dejado de crecer en los últimos años.",
            "Las asociaciones de inquilinos celebran la iniciativa, aunque la consideran "
            "insuficiente. Piden que se limiten los precios del alquiler en los barrios donde "
            "más han subido durante la última década.",
            "El texto se debatirá en el Congreso el próximo mes. Varios grupos de la oposición ya "
            "han anunciado que presentarán enmiendas para cambiar algunos de sus puntos.",
        ],
        "ad": "Publicidad",
        "share": "Compartir",
        "opener": "Te puede interesar",
        "teasers": [
            ("hace 3 horas", "Los precios del alquiler bajan en varias ciudades",
             "El descenso es pequeño pero constante desde el inicio del año."),
            ("ayer", "Los tipos de interés se estabilizan",
             "Los bancos ofrecen condiciones algo más favorables."),
        ],
    },
    "it": {
        "title": "Il governo approva un nuovo piano per la casa",
        "paras": [
            "Il governo ha approvato martedì un piano per aumentare la costruzione di alloggi a "
            "prezzi accessibili nelle grandi città. Secondo il ministro, la misura risponde a una "
            "domanda che continua a crescere da diversi anni.",
            "Le associazioni degli inquilini accolgono con favore l'iniziativa, ma la ritengono "
            "insufficiente. Chiedono che gli affitti siano regolati nei quartieri dove i prezzi "
            "sono aumentati di più.",
            "Il testo sarà esaminato dal Parlamento il mese prossimo. Diversi gruppi "
            "dell'opposizione hanno già annunciato che presenteranno emendamenti per modificarlo.",
        ],
        "ad": "Pubblicità",
        "share": "Condividi",
        "opener": "Leggi anche",
        "teasers": [
            ("3 ore fa", "Affitti in calo in diverse città",
             "Il calo è contenuto ma costante dall'inizio dell'anno."),
            ("ieri", "I tassi dei mutui si stabilizzano",
             "Le banche offrono condizioni un po' più favorevoli."),
        ],
    },
    "pt": {
        "title": "Governo aprova novo plano de habitação",
        "paras": [
            "O governo aprovou nesta terça-feira um plano para aumentar a construção de casas a "
            "preços acessíveis nas grandes cidades. Segundo a ministra, a medida procura "
            "responder a uma procura que não para de crescer há vários anos.",
            "As associações de inquilinos saúdam a iniciativa, mas consideram que é "
            "insuficiente. Pedem que as rendas sejam limitadas nos bairros onde os preços mais "
            "subiram durante a última década.",
            "O texto será debatido no parlamento no próximo mês. Vários partidos da oposição já "
            "anunciaram que vão apresentar propostas de alteração para mudar alguns pontos.",
        ],
        "ad": "Publicidade",
        "share": "Partilhar",
        "opener": "Leia também",
        "teasers": [
            ("há 3 horas", "Preço das rendas desce em várias cidades",
             "A descida é pequena mas constante desde o início do ano."),
            ("ontem", "Taxas de juro estabilizam",
             "Os bancos oferecem condições um pouco mais favoráveis."),
        ],
    },
    "nl": {
        "title": "Kabinet presenteert nieuw plan voor woningbouw",
        "paras": [
            "Het kabinet heeft dinsdag een plan gepresenteerd om de bouw van betaalbare woningen "
            "in de grote steden te versnellen. Volgens de minister moet het plan een antwoord "
            "geven op de groeiende vraag van de afgelopen jaren.",
            "Huurdersorganisaties zijn blij met het initiatief, maar vinden het niet genoeg. Zij "
            "willen dat de huren worden beperkt in de wijken waar de prijzen het sterkst zijn "
            "gestegen.",
            "Het voorstel wordt volgende maand in de Tweede Kamer besproken. Verschillende "
            "oppositiepartijen hebben al laten weten dat zij het plan willen aanpassen.",
        ],
        "ad": "Advertentie",
        "share": "Delen",
        "opener": "Lees ook",
        "teasers": [
            ("3 uur geleden", "Huurprijzen dalen in meerdere steden",
             "De daling is klein, maar houdt sinds het begin van het jaar aan."),
            ("gisteren", "Hypotheekrente stabiliseert",
             "Banken bieden iets gunstigere voorwaarden aan."),
        ],
    },
    "pl": {
        "title": "Rząd przyjął nowy program mieszkaniowy",
        "paras": [
            "Rząd przyjął we wtorek program, który ma zwiększyć budowę tanich mieszkań w dużych "
            "miastach. Według ministra jest to odpowiedź na popyt, który od kilku lat stale "
            "rośnie, a ceny mieszkań są coraz wyższe.",
            "Stowarzyszenia lokatorów chwalą ten pomysł, ale uważają, że to za mało. Domagają się, "
            "aby czynsze były ograniczone w dzielnicach, w których ceny wzrosły najbardziej.",
            "Projekt trafi do Sejmu w przyszłym miesiącu. Kilka partii opozycyjnych już "
            "zapowiedziało, że zgłosi poprawki, aby zmienić niektóre jego zapisy.",
        ],
        "ad": "Reklama",
        "share": "Udostępnij",
        "opener": "Czytaj także",
        "teasers": [
            ("3 godziny temu", "Czynsze spadają w kilku miastach",
             "Spadek jest niewielki, ale utrzymuje się od początku roku."),
            ("wczoraj", "Stopy procentowe się stabilizują",
             "Banki oferują nieco lepsze warunki kredytów."),
        ],
    },
    "ru": {
        "title": "Правительство утвердило новую жилищную программу",
        "paras": [
            "Правительство во вторник утвердило программу, которая должна увеличить "
            "строительство доступного жилья в крупных городах. По словам министра, это ответ на "
            "спрос, который растёт уже несколько лет подряд.",
            "Общества защиты прав арендаторов поддержали эту инициативу, но считают её "
            "недостаточной. Они требуют ограничить арендную плату в тех районах, где цены выросли "
            "сильнее всего.",
            "Проект рассмотрят в парламенте в следующем месяце. Несколько оппозиционных партий уже "
            "заявили, что внесут поправки, чтобы изменить некоторые его положения.",
        ],
        "ad": "Реклама",
        "share": "Поделиться",
        "opener": "Читайте также",
        "teasers": [
            ("3 часа назад", "Арендные ставки снижаются в нескольких городах",
             "Снижение небольшое, но продолжается с начала года."),
            ("вчера", "Ставки по ипотеке стабилизировались",
             "Банки предлагают немного более выгодные условия."),
        ],
    },
    "uk": {
        "title": "Уряд ухвалив нову житлову програму",
        "paras": [
            "Уряд у вівторок ухвалив програму, яка має збільшити будівництво доступного житла у "
            "великих містах. За словами міністра, це відповідь на попит, який зростає вже кілька "
            "років поспіль.",
            "Об'єднання орендарів підтримали цю ініціативу, але вважають її недостатньою. Вони "
            "вимагають обмежити орендну плату в тих районах, де ціни зросли найбільше.",
            "Проєкт розглянуть у парламенті наступного місяця. Кілька опозиційних партій уже "
            "заявили, що внесуть поправки, щоб змінити деякі його положення.",
        ],
        "ad": "Реклама",
        "share": "Поділитися",
        "opener": "Читайте також",
        "teasers": [
            ("3 години тому", "Орендні ставки знижуються в кількох містах",
             "Зниження невелике, але триває з початку року."),
            ("вчора", "Ставки за іпотекою стабілізувалися",
             "Банки пропонують трохи вигідніші умови."),
        ],
    },
    "zh": {
        "title": "政府公布新的住房计划",
        "paras": [
            "政府周二公布了一项新的住房计划，目的是在大城市增加保障性住房的建设。住房部门负责人"
            "表示，这是为了应对近几年来不断增长的住房需求，同时也要减轻年轻家庭的负担。",
            "租户协会对这一计划表示欢迎，但认为力度还不够。他们希望政府在房价上涨最快的地区对"
            "租金进行限制，并且加强对房屋中介的监管，让租房市场更加透明。",
            "这项计划将在下个月提交审议。一些专家指出，计划能否成功，关键在于地方政府是否能够"
            "提供足够的土地，以及资金能否及时到位。",
        ],
        "ad": "广告",
        "share": "分享到",
        "opener": "相关阅读",
        "teasers": [
            ("3小时前", "多个城市房租出现下降", "自年初以来，房租一直在小幅下降。"),
            ("昨天", "房贷利率趋于稳定", "多家银行推出了更优惠的贷款条件。"),
        ],
    },
    "ja": {
        "title": "政府が新たな住宅政策を発表",
        "paras": [
            "政府は火曜日、大都市で手頃な価格の住宅の建設を増やすための新しい計画を発表した。"
            "担当の大臣によると、この数年で増え続けている住宅の需要にこたえるためだという。",
            "借り手の団体はこの計画を歓迎しているが、まだ十分ではないと考えている。家賃が最も"
            "上がった地域では、家賃の上限を定めるべきだと求めている。",
            "この計画は来月、国会で審議される予定だ。専門家の中には、自治体が十分な土地を用意"
            "できるかどうかが成功の鍵になると指摘する声もある。",
        ],
        "ad": "広告",
        "share": "シェア",
        "opener": "関連記事",
        "teasers": [
            ("3時間前", "複数の都市で家賃が下落", "年初から小幅な下落が続いている。"),
            ("昨日", "住宅ローン金利が安定", "銀行は少し有利な条件を示している。"),
        ],
    },
    "ko": {
        "title": "정부, 새로운 주택 공급 계획 발표",
        "paras": [
            "정부는 화요일 대도시에 저렴한 주택을 더 많이 짓기 위한 새로운 계획을 발표했다. "
            "담당 장관은 이번 계획이 최근 몇 년 동안 계속 늘어난 "
            "주택 수요에 대응하기 위한 것이라고 "
            "밝혔다.",
            "세입자 단체들은 이번 계획을 환영하면서도 아직 부족하다고 평가했다. 이들은 임대료가 "
            "가장 많이 오른 지역에서는 임대료 상한을 정해야 한다고 요구했다.",
            "이 계획은 다음 달 국회에서 논의될 예정이다. 일부 전문가들은 지방 정부가 충분한 "
            "토지를 확보할 수 있는지가 성공의 열쇠가 될 것이라고 지적했다.",
        ],
        "ad": "광고",
        "share": "공유하기",
        "opener": "관련기사",
        "teasers": [
            ("3시간 전", "여러 도시에서 임대료 하락", "연초부터 소폭 하락이 이어지고 있다."),
            ("어제", "주택담보대출 금리 안정세", "은행들이 조금 더 유리한 조건을 내놓고 있다."),
        ],
    },
    "tr": {
        "title": "Hükümet yeni konut planını açıkladı",
        "paras": [
            "Hükümet salı günü büyük şehirlerde uygun fiyatlı konut yapımını artırmak için yeni "
            "bir plan açıkladı. Bakanın verdiği bilgiye göre plan, son yıllarda sürekli artan "
            "konut talebine bir cevap olarak hazırlandı.",
            "Kiracı dernekleri planı olumlu karşıladı, ancak bunun yeterli olmadığını düşünüyor. "
            "Dernekler, fiyatların en çok arttığı mahallelerde kiraların sınırlandırılmasını "
            "istiyor.",
            "Plan önümüzdeki ay mecliste görüşülecek. Muhalefet partileri de bu plan için bazı "
            "değişiklikler isteyeceklerini ve bunun için de bir önerge vereceklerini şimdiden "
            "duyurdu.",
        ],
        "ad": "Reklam",
        "share": "Paylaş",
        "opener": "İlgili Haberler",
        "teasers": [
            ("3 saat önce", "Kira fiyatları birçok şehirde düşüşe geçti",
             "Düşüş küçük ama yılın başından beri sürüyor."),
            ("dün", "Konut kredisi faizleri sabit kaldı",
             "Bankalar biraz daha uygun koşullar sunuyor."),
        ],
    },
    "ar": {
        "title": "الحكومة تعلن خطة جديدة للإسكان في المدن الكبرى",
        "paras": [
            "أعلنت الحكومة يوم الثلاثاء عن خطة جديدة لزيادة بناء المساكن بأسعار معقولة في المدن "
            "الكبرى. وقال الوزير إن الخطة تأتي استجابة للطلب الذي يتزايد منذ عدة سنوات، وإنها "
            "ستبدأ في العام المقبل.",
            "ورحبت جمعيات المستأجرين بهذه المبادرة، لكنها رأت أنها غير كافية. وطالبت بأن يتم "
            "تحديد الإيجارات في الأحياء التي ارتفعت فيها الأسعار أكثر من غيرها خلال السنوات "
            "الماضية.",
            "ومن المنتظر أن يناقش البرلمان الخطة في الشهر المقبل. وقد أعلنت عدة أحزاب من "
            "المعارضة أنها ستقدم تعديلات على بعض بنودها قبل التصويت عليها.",
        ],
        "ad": "إعلان",
        "share": "شارك",
        "opener": "أخبار ذات صلة",
        "teasers": [
            ("منذ 3 ساعات", "تراجع الإيجارات في عدة مدن خلال الشهر الماضي",
             "التراجع محدود لكنه مستمر منذ بداية العام."),
            ("أمس", "استقرار أسعار الفائدة على القروض العقارية",
             "البنوك تعرض شروطا أفضل قليلا من قبل."),
        ],
    },
    "cs": {
        "title": "Vláda schválila nový program na podporu bydlení",
        "paras": [
            "Vláda v úterý schválila program, který má zvýšit výstavbu dostupných bytů ve "
            "velkých městech. Podle ministra je to odpověď na poptávku, která už několik let "
            "stále roste, a ceny bytů jsou pro mladé rodiny příliš vysoké.",
            "Sdružení nájemníků program přivítala, ale podle nich to nestačí. Chtějí, aby "
            "nájemné bylo omezeno v těch čtvrtích, kde ceny za poslední roky vzrostly nejvíce.",
            "Návrh projedná sněmovna v příštím měsíci. Několik opozičních stran už oznámilo, "
            "že k němu podá pozměňovací návrhy, protože se jim některé jeho části nelíbí.",
        ],
        "ad": "Reklama",
        "share": "Sdílet",
        "opener": "Mohlo by vás zajímat",
        "teasers": [
            ("před 3 hodinami", "Nájmy v několika městech klesají",
             "Pokles je malý, ale trvá od začátku roku."),
            ("včera", "Úrokové sazby hypoték se stabilizovaly",
             "Banky nabízejí o něco výhodnější podmínky."),
        ],
    },
    "sv": {
        "title": "Regeringen presenterar ny plan för bostadsbyggandet",
        "paras": [
            "Regeringen presenterade på tisdagen en plan för att öka byggandet av billiga "
            "bostäder i de större städerna. Enligt ministern är det ett svar på efterfrågan, "
            "som har ökat under flera år och som inte ser ut att minska.",
            "Hyresgästföreningen välkomnar förslaget, men tycker att det inte räcker. De vill "
            "att hyrorna ska begränsas i de områden där priserna har stigit mest under de "
            "senaste åren.",
            "Förslaget ska behandlas i riksdagen nästa månad. Flera av oppositionspartierna har "
            "redan sagt att de vill ändra några av punkterna innan det kan antas.",
        ],
        "ad": "Annons",
        "share": "Dela",
        "opener": "Mest läst",
        "teasers": [
            ("för 3 timmar sedan", "Hyrorna sjunker i flera städer",
             "Nedgången är liten men har pågått sedan årets början."),
            ("igår", "Bolåneräntorna har stabiliserats",
             "Bankerna erbjuder något bättre villkor än tidigare."),
        ],
    },
    "ro": {
        "title": "Guvernul a aprobat un nou program pentru locuințe",
        "paras": [
            "Guvernul a aprobat marți un program care ar trebui să crească numărul de locuințe "
            "accesibile în marile orașe. Potrivit ministrului, este un răspuns la cererea care "
            "a crescut în ultimii ani și care nu pare să scadă.",
            "Asociațiile chiriașilor salută inițiativa, dar spun că nu este suficientă. Ele cer "
            "ca chiriile să fie limitate în cartierele în care prețurile au crescut cel mai "
            "mult în ultimii ani.",
            "Proiectul va fi dezbătut în Parlament luna viitoare. Mai multe partide din opoziție "
            "au anunțat deja că vor depune amendamente pentru a schimba unele dintre prevederi.",
        ],
        "ad": "Publicitate",
        "share": "Distribuie",
        "opener": "Cele mai citite",
        "teasers": [
            ("acum 3 ore", "Chiriile scad în mai multe orașe",
             "Scăderea este mică, dar continuă de la începutul anului."),
            ("ieri", "Dobânzile la creditele ipotecare s-au stabilizat",
             "Băncile oferă condiții ceva mai bune decât înainte."),
        ],
    },
    "hu": {
        "title": "A kormány új lakásprogramot fogadott el",
        "paras": [
            "A kormány kedden elfogadott egy programot, amely a nagyvárosokban több megfizethető "
            "lakás építését segítené. A miniszter szerint ez válasz arra az igényre, amely az "
            "elmúlt években folyamatosan nőtt, és amely most sem csökken.",
            "A bérlők egyesületei üdvözölték a kezdeményezést, de szerintük ez nem elég. Azt "
            "kérik, hogy a lakbéreket azokban a kerületekben korlátozzák, ahol az árak a "
            "legjobban emelkedtek.",
            "A javaslatot a parlament a jövő hónapban tárgyalja. Több ellenzéki párt már most "
            "jelezte, hogy módosításokat nyújt be, mert a terv egyes részeivel nem ért egyet.",
        ],
        "ad": "Hirdetés",
        "share": "Megosztás",
        "opener": "Kapcsolódó cikkek",
        "teasers": [
            ("3 órája", "Több városban csökkennek a lakbérek",
             "A csökkenés kicsi, de az év eleje óta tart."),
            ("tegnap", "Stabilizálódtak a lakáshitelek kamatai",
             "A bankok valamivel jobb feltételeket kínálnak, mint korábban."),
        ],
    },
    "el": {
        "title": "Η κυβέρνηση ενέκρινε νέο πρόγραμμα για τη στέγαση",
        "paras": [
            "Η κυβέρνηση ενέκρινε την Τρίτη ένα πρόγραμμα που θα αυξήσει την κατασκευή "
            "κατοικιών με χαμηλό κόστος στις μεγάλες πόλεις. Σύμφωνα με τον υπουργό, είναι μια "
            "απάντηση στη ζήτηση που αυξάνεται εδώ και αρκετά χρόνια.",
            "Οι σύλλογοι των ενοικιαστών χαιρέτισαν την πρωτοβουλία, αλλά λένε ότι δεν είναι "
            "αρκετή. Ζητούν να μπει όριο στα ενοίκια στις περιοχές όπου οι τιμές ανέβηκαν "
            "περισσότερο τα τελευταία χρόνια.",
            "Το νομοσχέδιο θα συζητηθεί στη Βουλή τον επόμενο μήνα. Αρκετά κόμματα της "
            "αντιπολίτευσης έχουν ήδη πει ότι θα καταθέσουν τροπολογίες για να αλλάξουν "
            "ορισμένα από τα άρθρα του.",
        ],
        "ad": "Διαφήμιση",
        "share": "Κοινοποίηση",
        "opener": "Σχετικά άρθρα",
        "teasers": [
            ("πριν από 3 ώρες", "Πέφτουν τα ενοίκια σε αρκετές πόλεις",
             "Η πτώση είναι μικρή, αλλά συνεχίζεται από την αρχή της χρονιάς."),
            ("χθες", "Σταθεροποιούνται τα επιτόκια των στεγαστικών δανείων",
             "Οι τράπεζες προσφέρουν λίγο καλύτερους όρους από πριν."),
        ],
    },
    "id": {
        "title": "Pemerintah setujui program baru untuk perumahan",
        "paras": [
            "Pemerintah pada hari Selasa menyetujui sebuah program yang akan menambah "
            "pembangunan rumah murah di kota-kota besar. Menurut menteri, program ini adalah "
            "jawaban atas permintaan yang terus naik selama beberapa tahun terakhir.",
            "Asosiasi penyewa menyambut baik rencana itu, tetapi mereka menilai bahwa program "
            "ini belum cukup. Mereka meminta agar harga sewa dibatasi di daerah yang harganya "
            "paling banyak naik.",
            "Rancangan itu akan dibahas oleh DPR pada bulan depan. Beberapa partai oposisi "
            "sudah mengatakan bahwa mereka akan mengajukan perubahan pada sebagian isinya.",
        ],
        "ad": "Iklan",
        "share": "Bagikan",
        "opener": "Berita Terkait",
        "teasers": [
            ("3 jam yang lalu", "Harga sewa rumah turun di beberapa kota",
             "Penurunan ini kecil, tetapi terus terjadi sejak awal tahun."),
            ("kemarin", "Suku bunga kredit rumah mulai stabil",
             "Bank menawarkan syarat yang sedikit lebih baik dari sebelumnya."),
        ],
    },
    "fi": {
        "title": "Hallitus esitteli uuden suunnitelman asuntorakentamisen lisäämiseksi",
        "paras": [
            "Hallitus esitteli tiistaina suunnitelman, jonka tarkoituksena on lisätä "
            "kohtuuhintaisten asuntojen rakentamista suurimmissa kaupungeissa. Ministerin "
            "mukaan se on vastaus kysyntään, joka on kasvanut jo useiden vuosien ajan.",
            "Vuokralaisten yhdistys pitää ehdotusta hyvänä, mutta sen mielestä se ei riitä. "
            "Yhdistys haluaa, että vuokrien nousua rajoitetaan niillä alueilla, joilla hinnat "
            "ovat nousseet viime vuosina eniten.",
            "Eduskunta käsittelee ehdotusta ensi kuussa. Useat oppositiopuolueet ovat jo "
            "kertoneet, että ne haluavat muuttaa joitakin sen kohtia ennen kuin se voidaan "
            "hyväksyä.",
        ],
        "ad": "Mainos",
        "share": "Jaa",
        "opener": "Luetuimmat",
        "teasers": [
            ("3 tuntia sitten", "Vuokrat laskevat useissa kaupungeissa",
             "Lasku on pieni, mutta se on jatkunut vuoden alusta."),
            ("eilen", "Asuntolainojen korot ovat vakiintuneet",
             "Pankit tarjoavat hieman aiempaa parempia ehtoja."),
        ],
    },
}


def _page_text(spec: dict) -> str:
    p1, p2, p3 = spec["paras"]
    lines = [spec["title"], p1, spec["ad"], p2, p3, spec["share"], spec["opener"]]
    for age, title, text in spec["teasers"]:
        lines += [age, title, text]
    return "\n".join(lines)


def _entries(lang: str, cat: str) -> list[str]:
    return lexicon._read(lang, cat + ".txt")


@pytest.mark.parametrize("lang", LANGS)
def test_every_category_file_exists(lang: str) -> None:
    """Each language ships every category file with at least one entry."""
    root = resources.files("cleanpage").joinpath("lexicons", lang)
    for cat in DATA_FILES:
        if cat in OPTIONAL_FILES.get(lang, ()):
            continue
        assert root.joinpath(cat + ".txt").is_file(), (lang, cat)
        assert _entries(lang, cat), (lang, cat)


@pytest.mark.parametrize("lang", [*LANGS, "en", "xx"])
def test_entries_normalise_to_keys(lang: str) -> None:
    """No phrase normalises to an empty key; prefix entries keep a phrase before the dots."""
    for cat in CATEGORIES:
        for e in _entries(lang, cat):
            phrase = e[:-3] if e.endswith("...") else e
            assert lexicon.norm_key(phrase), (lang, cat, e)
    for e in _entries(lang, "dates") + _entries(lang, "byline"):
        assert lexicon.norm_key(e), (lang, e)
    for e in _entries(lang, "ages"):
        assert lexicon.norm_key(e.replace("{n}", "")) or "{n}" in e, (lang, e)


def _cross_category_duplicates(lang: str) -> dict[str, list[str]]:
    seen: dict[str, set[str]] = defaultdict(set)
    for cat in CATEGORIES:
        for e in _entries(lang, cat):
            key = lexicon.norm_key(e[:-3] if e.endswith("...") else e)
            seen[key].add(cat)
    return {k: sorted(v) for k, v in seen.items() if len(v) > 1}


@pytest.mark.parametrize("lang", LANGS)
def test_no_duplicate_phrases_across_categories(lang: str) -> None:
    """One phrase belongs to one category of a language (the first one would win silently)."""
    assert _cross_category_duplicates(lang) == {}


def test_age_patterns_match() -> None:
    """The ages.txt templates of each language match its own relative timestamps."""
    for lang, spec in PAGES.items():
        age_re = lexicon.load(lang).age_re
        for age, _title, _text in spec["teasers"]:
            assert age_re.match(age.casefold()), (lang, age)


def test_age_lead_strips_what_the_age_pattern_skips() -> None:
    """Every white-space character of the age pattern's lead is in AGE_LEAD, so that the
    pre-check in is_age_line never strips less than the pattern may skip."""
    import regex

    missing = [hex(c) for c in range(0x110000)
               if regex.match(r"\s", chr(c)) and chr(c) not in lexicon.AGE_LEAD]
    assert missing == []


@pytest.mark.parametrize("lang", ["en", "de", "fr", "ru", "zh", "ja", "pl"])
def test_age_pre_checks_agree_with_the_pattern(lang: str) -> None:
    """is_age_line answers as the bare pattern does: on each template filled in, with
    separators, odd spaces, glued digits and words around it, and on other lines."""
    from cleanpage.rules.cruft import is_age_line

    lex = lexicon.load(lang)
    lines = ["Yesterday", "just now", "Home", "Über uns", "12", "", " | 5 hours ago.",
             "Read more 3 hours ago", "a b c d e f"]
    for t in lexicon._read(lang, "ages.txt") + lexicon._read("en", "ages.txt"):
        for n in ("1", "24", "2025"):
            filled = t.replace("{n}", n)
            lines += [filled, filled.upper(), filled.title(), "– " + filled,
                      "\u00a0· " + filled + " .", filled.replace(" ", ""),
                      filled.replace(" ", "\u3000"),
                      "Seen " + filled, filled + " by Jane"]
    for line in lines:
        raw = line.strip()
        expected = lex.age_re.match(raw.casefold()) is not None
        assert is_age_line(lexicon.norm_key(line), raw, lex) is expected, (lang, line)


@pytest.mark.parametrize("lang", LANGS)
def test_page_labels(lang: str) -> None:
    """Prose kept; ad and share lines are lexicon boilerplate; the opener opens a related zone."""
    spec = PAGES[lang]
    page = cleanpage.extract(_page_text(spec), lang=lang)
    by_text = {ln.text: ln for ln in page.lines}
    assert page.title == spec["title"]
    for para in spec["paras"]:
        assert by_text[para].label is Label.ARTICLE, (lang, by_text[para])
    for cruft in (spec["ad"], spec["share"]):
        ln = by_text[cruft]
        assert (ln.label, ln.rule) == (Label.BOILERPLATE, "cruft_lexicon"), (lang, ln)
    opener = by_text[spec["opener"]]
    assert (opener.label, opener.rule) == (Label.RELATED, "zone_openers"), (lang, opener)
    assert [t.age for t in page.related] == [a for a, _, _ in spec["teasers"]]
    assert [t.title for t in page.related] == [t for _, t, _ in spec["teasers"]]


@pytest.mark.parametrize("lang", LANGS)
def test_language_detected(lang: str) -> None:
    """The detector names the language of the prose sample."""
    assert langdetect.detect(PAGES[lang]["paras"]) == lang
    page = cleanpage.extract(_page_text(PAGES[lang]))
    assert page.lang == lang


EN_PAGE = {
    "title": "City council approves new budget for public libraries",
    "paras": [
        "The city council approved a new budget for the public libraries on Tuesday, after a "
        "long debate about opening hours and the cost of keeping branches open at weekends.",
        "Several members said that the libraries had become the only warm place for many "
        "residents in winter, and that cutting their hours would hurt those who need them most.",
    ],
}


@pytest.mark.parametrize(("lang", "line", "category"), [
    ("en", "No spam, we promise. You can unsubscribe at any time and we'll never share your "
           "details without your permission.", "newsletter/paywall/sign-in"),
    ("en", "By entering your email, you agree to receive marketing messages from Example. You "
           "can unsubscribe at any time.", "newsletter/paywall/sign-in"),
    ("en", "You have been successfully subscribed!", "newsletter/paywall/sign-in"),
    ("en", "Sign up to receive our award-winning content delivered to your inbox.",
     "newsletter/paywall/sign-in"),
    ("en", "Stay up to date with Example. Subscribe to our newsletter.",
     "newsletter/paywall/sign-in"),
    ("de", "Die wichtigsten Nachrichten des Tages jeden Morgen direkt in Ihr Postfach.",
     "newsletter/paywall/sign-in"),
    ("en", "This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of "
           "Service apply.", "newsletter/paywall/sign-in"),
    ("en", "The material on this site may not be reproduced, distributed, transmitted, cached "
           "or otherwise used, except with the prior written permission of Example Media.",
     "footer/legal"),
    ("en", "When you purchase through links on our site, we may earn an affiliate commission. "
           "Learn more", "advertising"),
    ("en", "An error has occurred, please try again later.", "comment widget"),
    ("en", "Like this story? Share it with a friend!", "share/follow bar"),
    ("en", "To Read the Full Story", "newsletter/paywall/sign-in"),
    ("en", "Back to Gallery", "navigation"),
    ("en", "blog comments powered by Disqus", "comment widget"),
    ("en", "Reliance on the information this site contains is at your own risk.",
     "footer/legal"),
    ("en", "You can send a story to multiple email addresses by separating the email "
           "addresses with a semicolon (;)", "share/follow bar"),
    ("en", "E-mail this article to a friend", "share/follow bar"),
    ("en", "Please understand that comments are moderated and it is not always possible to "
           "publish all that have been submitted.", "comment widget"),
    ("en", "Never miss the latest news by signing up to our newsletter today!",
     "newsletter/paywall/sign-in"),
    ("en", "Privacy & Cookies: This site uses cookies. By continuing to use this website, you "
           "agree to their use. To find out more, including how to control cookies, see here: "
           "Cookie Policy", "cookie/consent banner"),
    ("de", "Keine Sorge, wird es dir zu viel, kannst du dich jederzeit abmelden.",
     "newsletter/paywall/sign-in"),
    ("de", "Für Links auf dieser Seite erhält die Redaktion ggf. eine Provision vom Händler.",
     "advertising"),
    ("en", "This site uses Akismet to reduce spam. Learn how your comment data is processed.",
     "comment widget"),
    ("de", "Diese Website verwendet Akismet, um Spam zu reduzieren. Erfahre mehr darüber, wie "
           "deine Kommentardaten verarbeitet werden.", "comment widget"),
    ("de", "Um einen Kommentar schreiben zu können, musst du eingeloggt sein!",
     "comment widget"),
    ("de", "Dieser Beitrag gibt die Meinung des Autors wieder, nicht notwendigerweise die der "
           "Redaktion.", "footer/legal"),
    ("de", "Klicken Sie auf den unteren Button, um den Inhalt von www.example.de zu laden.",
     "cookie/consent banner"),
    ("fr", "Vous pourrez à tout moment vous désabonner en cliquant sur le lien.",
     "newsletter/paywall/sign-in"),
    ("fr", "Vous pouvez vous désinscrire à tout moment.",
     "newsletter/paywall/sign-in"),
    ("en", "By checking this box, you agree to receive recurring automated marketing text "
           "messages, such as offers and cart reminders, from our store at the phone number you "
           "provide. Consent is not a condition of any purchase. Message frequency varies and "
           "message and data rates may apply. Reply HELP for help and STOP to cancel at any "
           "time.", "cookie/consent banner"),
    ("fr", "En cochant cette case, vous acceptez de recevoir des SMS marketing récurrents de "
           "notre boutique au numéro indiqué, comme des offres et des rappels de panier. Le "
           "consentement n'est pas une condition d'achat. Des frais de messagerie peuvent "
           "s'appliquer. Répondez STOP pour vous désinscrire à tout moment.",
     "cookie/consent banner"),
])
def test_form_fine_print_and_disclosures(lang: str, line: str, category: str) -> None:
    """A sign-up form's fine print, a legal notice, an affiliate disclosure and a form's
    messages are cruft wherever their phrase stands in a short line (they are whole
    sentences of a site's own, not of the article)."""
    spec = PAGES.get(lang, EN_PAGE)
    page = cleanpage.extract("\n".join([spec["title"], *spec["paras"], line]), lang=lang)
    ln = next(x for x in page.lines if x.text == line)
    assert ln.label is Label.BOILERPLATE and ln.reason.startswith(category), ln


# Lines many sites print around the article, with their language: the comment form's data
# notice, embedded-content gates, sign-in and push prompts, affiliate disclosures, event
# widgets and a blog template's post footer (2026-12-05 additions).
NOTICES = [
    ("de", "Klicken Sie auf den unteren Button, um den Inhalt von www.example.de zu laden."),
    ("de", "Diese Website verwendet Akismet, um Spam zu reduzieren. Erfahre mehr darüber, wie "
           "deine Kommentardaten verarbeitet werden."),
    ("de", "Du musst angemeldet sein, um einen Kommentar abzugeben."),
    ("de", "Hat Ihnen dieser Artikel gefallen? Dann teilen Sie ihn doch mit anderen"),
    ("de", "Für Links auf dieser Seite erhält die Redaktion ggf. eine Provision vom Händler."),
    ("de", "Es gibt derzeit keine bevorstehenden Veranstaltungen."),
    ("de", "(Alle Angaben ohne Gewähr)"),
    ("de", "Erstellt am Dienstag 6. Mai 2014 um 23:30 und abgelegt unter Linux. Kommentare zu "
           "diesen Eintrag im RSS 2.0 Feed. Kommentare und Pings sind derzeit nicht erlaubt."),
    ("en", "Privacy & Cookies: This site uses cookies. By continuing to use this website, you "
           "agree to their use. To find out more, see here: Cookie Policy"),
    ("en", "If you enjoyed reading this post, please consider supporting us."),
    ("en", "We may earn a commission when you buy through links on our site."),
    ("en", "There are no upcoming events at this time."),
    ("es", "Para comentar debes registrarte y completar los datos generales."),
    ("es", "Escucha esta nota aquí"),
    ("de", "Diesen Artikel anhören"),
    ("de", "Keine Kommentare (Kommentare erscheinen erst nach unserer Freigabe)"),
    ("de", "Jetzt Aktivieren"),
    ("en", "Get regular updates on the latest tutorials, offers & news at our site."),
    ("en", "Sign up to get the best content of the week, and great deals, as picked by the "
           "editors."),
    ("en", "Never miss the latest news by signing up to our newsletter today!"),
    ("en", "Submit your letter to the editor via this form. Read more Letters to the Editor."),
    ("en", "We rely on your support to make local news available to all"),
    ("de", "Firmen- und Beziehungsgeflecht der Firma. Zum Vergrößern auf das Bild klicken."),
    ("de", "Jede kleine Spende hilft den notleidenden Menschen dieser Welt!"),
    ("en", "The new bridge seen from the river bank. Click to enlarge."),
    ("de", "Wir respektieren deine Privatsphäre und stellen deshalb ohne dein Einverständnis "
           "keine Verbindung zu Twitter her."),
    ("de", "Wenn Ihnen unser Artikel gefallen hat: Unterstützen Sie diese Form des "
           "Journalismus."),
    ("de", "Wenn Sie diesen Blogeintrag kommentieren möchten, füllen Sie bitte die "
           "nachstehenden Felder aus!"),
    ("pl", "Zachęcamy do regularnych odwiedzin naszej strony. Informujemy, że korzystamy z "
           "cookies."),
    ("es", "¿Ya sabías que tenemos canal de Telegram? Únete"),
    ("en", "Join our Telegram channel for the latest updates"),
    ("de", "Folgt unserem Telegram-Kanal für die neuesten Meldungen!"),
    ("de", "Über dieses Thema berichtete die tagesschau am 03. August 2020 um 08:00 Uhr."),
    ("en", "These cookies let us count visits and traffic sources, so that we can measure and "
           "improve how well our site works."),
    ("en", "We and our 120 partners store and access information on your device, such as "
           "unique identifiers, to show personalised ads and content."),
    ("de", "Diese Cookies helfen uns zu verstehen, wie Besucher die Website nutzen."),
    ("fr", "Nous et nos partenaires utilisons des informations sur votre appareil pour "
           "mesurer l'audience."),
    ("en", "Need more space? Subscribe to our sister title \"All About Space\" Magazine for "
           "the latest amazing news from the final frontier!"),
    ("en", "Want more science? Get a subscription of our sister publication \"How It Works\" "
           "magazine, for the latest amazing science news."),
    ("en", "See All Newsletters"),
    ("en", "Image caption Assange gestures with a thumbs up after he was arrested by Met "
           "Police officers at the Ecuador Embassy in London"),
    ("en", "Media caption President Obama told the BBC he would deliver a blunt message on gay "
           "rights when he travelled to Africa"),
    ("en", "Image copyright Getty Images"),
    ("en", "Media playback is unsupported on your device"),
    ("en", "Featured Video"),
    ("en", "Note: we are temporarily moderating all comments submitted to deal with a surge in "
           "spam."),
    ("pt", "ATENÇÃO: Comentários com textos ininteligíveis ou que faltem com respeito ao "
           "usuário não serão aprovados pelo moderador."),
    ("pt", "Clique na imagem acima e veja como está o ranking dos pilotos nesta temporada."),
    ("pt", "Clique e saiba os horários da TV do GP do Brasil, o 20º da temporada 2019."),
    ("en", "Please check the opt-in box to acknowledge that you would like to subscribe."),
    ("de", "Zurück zum Lexikon"),
    ("de", "Was sind Cookies?"),
    ("de", "Jetzt die aktuelle Ausgabe bestellen!"),
    ("de", "HIER KOSTENLOS ANMELDEN »"),
    ("de", "Unterstütze das Projekt:"),
    ("de", "Quelle: jorisvo / Fotolia.com"),
    ("pl", "Fot. Lukasz Nowaczyk / Agencja Gazeta"),
    ("en", "We recommend the best products through an independent review process."),
    ("en", "Nov 19, 2019 at 6:46 pm ET • 2 min read"),
    ("de", "12. März 2024 • 3 Min. Lesezeit"),
    ("fr", "12 mars 2024 · 4 min de lecture"),
    ("en", "As you comment, please be respectful of other commenters and other viewpoints. Our "
           "goal with article comments is to provide a space for civil, informative and "
           "constructive conversations. We reserve the right to remove any comment that "
           "violates our rules, and we may ban users who repeatedly do so from the site."),
    ("en", "Join our list. I agree to join the rewards programme and to receive emails about "
           "its offers, events and news from the shop and its partners, sent to the address "
           "I gave above. You can unsubscribe at any time by following the link at the foot "
           "of each email, and we will never pass your address on to anyone else."),
    ("en", "Subscribe to our emails and be the first to hear about new arrivals. I agree to "
           "join the rewards programme and to receive emails about its offers, events and "
           "news from the shop and its partners. You can unsubscribe at any time by following "
           "the link at the foot of each email."),
    ("en", "We and our partners store and access personal data, like browsing data or unique "
           "identifiers, on your device. Selecting I Accept enables tracking technologies to "
           "support the purposes shown under we and our partners process data to provide, "
           "such as measuring the performance of content and advertising, developing and "
           "improving services, and personalised advertising and content. Selecting Reject "
           "All or withdrawing your consent will disable them. If trackers are disabled, "
           "some content and ads you see may not be as relevant to you. You can resurface "
           "this menu to change your choices or withdraw consent at any time by clicking the "
           "link at the bottom of the page."),
    # A documentation page's chrome: its table of contents, edit link and feedback widget.
    ("en", "On this page"),
    ("en", "Was this page helpful?"),
    ("en", "Edit this page on GitHub"),
    ("de", "War diese Seite hilfreich?"),
    ("es", "¿Te resultó útil esta página?"),
    ("fr", "Modifier cette page"),
    ("ja", "このページを編集"),
    ("ja", "このページは役に立ちましたか？"),
    ("en", "If this is your first visit, be sure to check out the FAQ by clicking the link "
           "above. You may have to register before you can post: click the register link "
           "above to proceed. To start viewing messages, select the forum that you want to "
           "visit from the selection below."),
    ("de", "Wenn dies Dein erster Besuch hier ist, lies bitte zuerst die Hilfe durch. Du "
           "musst Dich registrieren, bevor Du Beiträge verfassen kannst. Klick dazu oben auf "
           "'Registrieren', um den Registrierungsprozess zu starten."),
    ("en", "All times are UTC-05:00"),
    ("en", "All times are GMT +1. The time now is 14:01."),
    ("de", "Alle Zeitangaben in WEZ +2. Es ist jetzt 07:15 Uhr."),
    ("de", "Alle Zeiten sind UTC+02:00"),
]


@pytest.mark.parametrize(("lang", "line"), NOTICES)
def test_common_notices_are_cruft(lang: str, line: str) -> None:
    """Each notice is removed by the lexicon, under a paragraph of the page's language."""
    para = " ".join(PAGES[lang]["paras"]) if lang in PAGES else (
        "The committee published its report on Thursday, and it said that the new rules "
        "would take effect at the start of next year, after a short consultation.")
    page = cleanpage.extract(para + "\n\n" + line, lang=lang)
    ln = next(x for x in page.lines if x.text == line)
    assert (ln.label, ln.rule) == (Label.BOILERPLATE, "cruft_lexicon"), ln


@pytest.mark.parametrize(("lang", "box"), [
    ("es", "PUEDES VER: ¿Qué es la Sunedu, cómo está conformada y para qué sirve?"),
    ("pl", "Dowiedz się więcej: Kto jak głosował ws. unijnych funduszy?"),
])
def test_read_also_box_holds_its_link(lang: str, box: str) -> None:
    """"PUEDES VER: <headline>", "Dowiedz się więcej: <headline>" between two paragraphs
    are an inline link box: the article goes on after it."""
    paras = PAGES[lang]["paras"]
    page = cleanpage.extract("\n\n".join([paras[0], paras[1], box, paras[2]]), lang=lang)
    by_text = {ln.text: ln for ln in page.lines}
    assert by_text[box].label is Label.RELATED
    assert by_text[paras[2]].label is Label.ARTICLE


@pytest.mark.parametrize(("lang", "opener"), [("de", "Die Redaktion empfiehlt"),
                                              ("de", "Passend zum Thema"),
                                              ("de", "Mehr zu diesem Thema:"),
                                              ("de", 'Ähnliche Themen zu "Sammelthread":'),
                                              ("fr", "La rédaction vous recommande")])
def test_more_related_openers(lang: str, opener: str) -> None:
    """Related-box headings of the 2026-12-05 additions open a related zone."""
    paras = PAGES[lang]["paras"]
    page = cleanpage.extract("\n\n".join([*paras, opener, "Another story of the day here"]),
                             lang=lang)
    by_text = {ln.text: ln for ln in page.lines}
    assert by_text[opener].label is Label.RELATED


_HR_PARAS = [
    "Gradsko vijeće u utorak je izglasalo novi plan prometa za središte grada, koji bi trebao "
    "stupiti na snagu početkom sljedeće godine. Prema tom planu, dio ulica bit će zatvoren za "
    "automobile, a javni prijevoz dobit će nove linije i češće polaske.",
    "Gradonačelnik je rekao da je plan nastao nakon dugih rasprava s građanima i da se "
    "nada kako će promjene smanjiti gužve u jutarnjim satima. Oporba je, s druge strane, "
    "upozorila da trgovci u središtu još nisu dobili odgovore na svoja pitanja.",
    "Prve promjene očekuju se već u proljeće, kada bi se trebale urediti nove biciklističke "
    "staze uz rijeku. Troškovi radova bit će poznati tek nakon javnog natječaja, koji bi se "
    "trebao raspisati do kraja godine.",
]


@pytest.mark.parametrize(("opener", "label"), [("Komentari 9", Label.COMMENT),
                                               ("Pogledaj sve komentare", Label.COMMENT),
                                               ("Upravo se čita...", Label.RELATED)])
def test_croatian_comment_and_related_openers(opener: str, label: Label) -> None:
    """Croatian news pages head their comments "Komentari 9" / "Pogledaj sve komentare"
    and a most-read box "Upravo se čita...": each opens its zone after the article."""
    page = cleanpage.extract("\n\n".join([*_HR_PARAS, opener, "Marko: Slažem se, dobar plan."]),
                             lang="hr")
    by_text = {ln.text: ln for ln in page.lines}
    assert by_text[opener].label is label
    assert all(by_text[p].label is Label.ARTICLE for p in _HR_PARAS)
def test_next_up_in_section_opens_related_zone() -> None:
    """"Next Up In Tech", "More Great WIRED Stories": other stories under the article."""
    para = ("The committee published its report on Thursday, and it said that the new rules "
            "would take effect at the start of next year, after a short consultation.")
    for opener in ("Next Up In Science & Health", "More Great WIRED Stories"):
        _assert_opens_zone(para, opener)


def _assert_opens_zone(para: str, opener: str) -> None:
    """The opener after two paragraphs and before a headline opens a related zone."""
    page = cleanpage.extract("\n\n".join([para, para.replace("Thursday", "Friday"), opener,
                                           "How Apollo moon rocks reveal the epic history of "
                                           "the cosmos"]), lang="en")
    by_text = {ln.text: ln for ln in page.lines}
    assert by_text[opener].label is Label.RELATED


def test_turkish_dotted_capital_i_matches_lower_case_phrase() -> None:
    """"İlgili Haberler" and "İLGİLİ HABERLER" fold to "i" + a combining dot; keys drop the
    dot, so the lower-case phrase "ilgili haberler" matches both (and "İletişim" the footer's
    "iletişim")."""
    assert lexicon.norm_key("İLGİLİ HABERLER") == lexicon.norm_key("ilgili haberler")
    lex = lexicon.load("tr")
    assert lex.zones.match(lexicon.norm_key("İlgili Haberler")) == ("related", "exact")
    assert lex.cruft.match(lexicon.norm_key("İletişim")) == ("footer", "exact")


@pytest.mark.parametrize(("lang", "line", "category"), [
    ("ro", "Citeşte şi", "readalso"),     # the cedilla letters of older sites
    ("ro", "Citeste si", "readalso"),     # no diacritics
    ("el", "ΣΧΟΛΙΑ", "comments"),         # capitals drop the accents
    ("cs", "Diskuse (14)", "comments"),
])
def test_spelling_variants_open_zones(lang: str, line: str, category: str) -> None:
    """Romanian lines written with the cedilla "ş" or without diacritics, and Greek lines in
    capitals (no accents), match the zone openers of their language."""
    assert lexicon.load(lang).zones.match(lexicon.norm_key(line)) == (category, "exact")


# A cookie banner's sentence and a comment form's notice in each language added on
# 2026-12-05 (ninth session): prefix phrases of consent.txt and widget.txt.
NEW_NOTICES = [
    ("tr", "Sitemizde çerezler kullanılmaktadır. Siteyi kullanmaya devam ederek çerez "
           "politikamızı kabul etmiş olursunuz."),
    ("tr", "E-posta adresiniz yayınlanmayacak. Gerekli alanlar * ile işaretlenmişlerdir"),
    ("ar", "نستخدم ملفات تعريف الارتباط لتحسين تجربتك على موقعنا."),
    ("ar", "لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *"),
    ("cs", "Tento web používá soubory cookie k poskytování služeb a analýze návštěvnosti."),
    ("cs", "Vaše e-mailová adresa nebude zveřejněna. Vyžadované informace jsou označeny *"),
    ("sv", "Vi använder cookies för att ge dig en bättre upplevelse av webbplatsen."),
    ("sv", "Din e-postadress kommer inte publiceras. Obligatoriska fält är märkta *"),
    ("ro", "Acest site folosește cookie-uri pentru a-ți oferi o experiență mai bună."),
    ("ro", "Adresa ta de email nu va fi publicată. Câmpurile obligatorii sunt marcate cu *"),
    ("hu", "Ez a weboldal sütiket használ a jobb felhasználói élmény érdekében."),
    ("hu", "Az e-mail címet nem tesszük közzé. A kötelező mezőket * karakterrel jelöltük"),
    ("el", "Χρησιμοποιούμε cookies για να σας προσφέρουμε την καλύτερη εμπειρία."),
    ("el", "Η ηλ. διεύθυνση σας δεν δημοσιεύεται. Τα υποχρεωτικά πεδία σημειώνονται με *"),
    ("id", "Situs ini menggunakan cookie untuk meningkatkan pengalaman Anda."),
    ("id", "Alamat email Anda tidak akan dipublikasikan. Ruas yang wajib ditandai *"),
]


@pytest.mark.parametrize(("lang", "line"), NEW_NOTICES)
def test_new_languages_notices_are_cruft(lang: str, line: str) -> None:
    """Each notice is removed by the lexicon, under a paragraph of the page's language."""
    test_common_notices_are_cruft(lang, line)


def test_german_units_spelled_out() -> None:
    """German recipes spell their units out as often as they abbreviate them ("2 Teelöffel",
    "3 Esslöffel", "1 Messerspitze", "1 Kilogramm", "200 Milliliter")."""
    units = lexicon.load("de").units
    assert {"teelöffel", "esslöffel", "messerspitze", "kilogramm", "milliliter"} <= units


@pytest.mark.parametrize(("lang", "line"), [
    ("en", "Forum rules"), ("de", "Forenregeln"), ("es", "Normas del foro"),
    ("fr", "Règles du forum"), ("it", "Regolamento del forum"), ("pt", "Regras do fórum"),
    ("pl", "Regulamin forum"), ("nl", "Forumregels"), ("uk", "Правила форуму"),
    ("ru", "Правила форума"), ("cs", "Pravidla fóra"), ("sv", "Forumregler")])
def test_forum_rules_link_is_footer(lang: str, line: str) -> None:
    """A forum's footer prints its rules next to the legal links; right after the similar
    threads it would be read as one more thread's teaser."""
    lex = lexicon.load(lang)
    assert lex.cruft.match(lexicon.norm_key(line)) == ("footer", "exact")


def test_quote_expander_is_a_widget() -> None:
    """A forum's folded quote ends in its expander ("Click to expand..."): a widget line,
    locked, so it no longer joins the quoted post's text as a piece of its sentence (German
    and French have "... zum Vergrößern anklicken ...", "... cliquez pour agrandir ..." among
    their caption phrases already)."""
    lex = lexicon.load("en")
    assert lex.cruft.match(lexicon.norm_key("Click to expand...")) == ("widget", "exact")


@pytest.mark.parametrize(("lang", "line", "category"), [
    ("de", "Die Bilder in diesem Blog stehen unter einer Creative Commons Namensnennung 3.0 "
           "Unported Lizenz.", "footer"),
    ("en", "This work is licensed under a Creative Commons Attribution 4.0 License.", "footer"),
    ("fr", "Ce contenu est publié sous licence Creative Commons BY-SA.", "footer"),
    ("es", "Este sitio se publica bajo una licencia Creative Commons.", "footer"),
    ("de", "Trotz sorgfältiger inhaltlicher Kontrolle übernehme ich keine Haftung für die "
           "Inhalte externer Links.", "footer"),
    ("de", "Wenn Sie uns per Kontaktformular Anfragen zukommen lassen, werden Ihre Angaben "
           "bei uns gespeichert.", "account"),
    ("de", "Du kannst einen Kommentar schreiben oder einen Trackback auf deiner Seite "
           "einrichten.", "widget")])
def test_site_notices_are_inner_phrases(lang: str, line: str, category: str) -> None:
    """A site's licence notice, its disclaimer for external links, a form's data notice and
    a blog theme's post footer are marked wherever they stand in a short paragraph."""
    lex = lexicon.load(lang)
    assert lex.cruft.match(lexicon.norm_key(line)) == (category, "inner")


def test_affiliate_notice_link_lists_and_popular_searches() -> None:
    """An affiliate plugin's notice is an ad line, `Weiterführende Informationen` opens a
    related zone, `Meist gesucht` is a search box's navigation."""
    de = lexicon.load("de")
    notice = ("Letzte Aktualisierung am 2.02.2022 / Bei den Verlinkungen handelt es sich um "
              "Affiliate Links / Bilder von der Amazon Product Advertising API")
    assert de.cruft.match(lexicon.norm_key(notice)) == ("ads", "inner")
    assert de.zones.match(lexicon.norm_key("Weiterführende Informationen")) == (
        "related", "exact")
    assert de.cruft.match(lexicon.norm_key("Meist gesucht:")) == ("nav", "exact")


@pytest.mark.parametrize(("lang", "line"), [
    ("en", "Use limited data to select advertising 80 partners can use this purpose"),
    ("en", "Measure advertising performance 92 partners can use this purpose"),
    ("en", "Advertising presented to you on this service can be based on limited data, such "
           "as the website or app you are using, your non-precise location, your device type "
           "or which content you are (or have been) interacting with."),
    ("en", "Information about your activity on this service (such as forms you submit, "
           "content you look at) can be stored and combined with other information about you."),
    ("en", "You can withdraw your consent at anytime via the cookie settings (here)"),
    ("de", "Profile für personalisierte Werbung erstellen"),
    ("fr", "Stocker et/ou accéder à des informations sur un appareil"),
    ("es", "Utilizar perfiles para seleccionar publicidad personalizada"),
    ("it", "Creare profili per pubblicità personalizzata"),
    ("en", "Use precise geolocation data. Actively scan device characteristics for "
           "identification. Store and/or access information on a device. Personalised "
           "advertising and content, advertising and content measurement, audience research "
           "and services development."),
    ("en", "Actively scan device characteristics for identification"),
    ("de", "Genaue Standortdaten verwenden"),
    ("fr", "Analyser activement les caractéristiques de l'appareil pour l'identification"),
    ("es", "Utilizar datos de localización geográfica precisa"),
    ("it", "Utilizzare dati di geolocalizzazione precisi")])
def test_consent_framework_purposes_are_consent(lang: str, line: str) -> None:
    """The IAB consent framework's purposes are worded alike on every site that uses it
    (with each purpose's count of partners and its description in the consent manager's
    settings), and so are its special features listed with them (`Use precise geolocation
    data. Actively scan device characteristics ...`): a consent banner's lines, however
    long their descriptions run."""
    lex = lexicon.load(lang)
    hit = lex.cruft.match(lexicon.norm_key(line)) or lex.cruft.match_inner(
        lexicon.norm_key(line))
    assert hit is not None and hit[0] == "consent"


@pytest.mark.parametrize(("lang", "line", "category", "how"), [
    ("en", "We noticed that you are using an ad blocker on this site.", "ads", "inner"),
    ("en", "Our work is paid for by ads, so please disable your ad blocker.", "ads", "inner"),
    ("de", "Leider benutzen Sie einen Adblocker. Wir finanzieren uns durch Werbung.", "ads",
     "inner"),
    ("fr", "Vous utilisez un bloqueur de publicités : merci de le désactiver.", "ads", "inner"),
    ("es", "Parece que estás usando un bloqueador de anuncios en este sitio.", "ads", "inner"),
    ("en", "Want our weekly digest in your mailbox? Sign up here.", "account", "inner"),
    ("en", "If you are already a subscriber, you can log in to read on.", "account", "inner"),
    ("en", "Online access to every issue. Subscription will auto renew annually.", "account",
     "inner"),
    ("en", "Help us continue to publish free stories", "account", "prefix"),
    ("de", "Lass dir die besten Geschichten jede Woche in deinen Posteingang liefern.",
     "account", "inner"),
    ("de", "Wir schalten keine Werbung und haben keine Bezahlschranke.", "account", "prefix"),
    ("de", "Unterstützen Sie unabhängigen Journalismus mit einem Abo!", "account", "prefix"),
    ("de", "Hinweis: Man muss angemeldet sein um Kommentare zu schreiben.", "widget", "inner"),
    ("fr", "Les opinions exprimées dans ce blog n'engagent que leurs auteurs.", "footer",
     "inner"),
    ("es", "Lea más: el gobierno anuncia nuevas medidas", "readalso", "prefix"),
    ("es", "Siguenos en Telegram y Twitter", "share", "prefix")])
def test_calls_to_action_after_the_article(lang: str, line: str, category: str,
                                           how: str) -> None:
    """An ad-blocker notice, a sign-up or donation call, a paywall's notice, a comment form's
    sign-in notice and a blog's opinion disclaimer (printed under many articles, in several
    languages) are cruft lines; `Lea más:` introduces a link like `Lea también:`."""
    lex = lexicon.load(lang)
    table = lex.zones if category == "readalso" else lex.cruft
    assert table.match(lexicon.norm_key(line)) == (category, how)


@pytest.mark.parametrize(("lang", "line", "category"), [
    ("en", "Post navigation", "related"),
    ("de", "Beitrags-Navigation", "related"),
    ("de", "Beitragsnavigation", "related"),
    ("fr", "Navigation de l’article", "related"),
    ("es", "Navegación de entradas", "related"),
    ("it", "Navigazione articoli", "related"),
    ("pt", "Navegação de posts", "related"),
    ("nl", "Berichtnavigatie", "related"),
    ("de", "Unsere Lesetipps", "related"),
    ("de", "Weitere Empfehlungen", "related"),
    ("es", "Relacionados:", "box"),
    ("de", "Lesermeinungen", "comments")])
def test_post_navigation_and_reading_tips_open_zones(lang: str, line: str,
                                                     category: str) -> None:
    """A blog theme's links to the previous and next post (WordPress's heading in six
    languages), a list of reading tips and a box of related links open a zone; a reader's
    letters heading opens the comments."""
    lex = lexicon.load(lang)
    assert lex.zones.match(lexicon.norm_key(line)) == (category, "exact")


@pytest.mark.parametrize("line", ["Mehr aus der Sendung", "Noch mehr Rezepte"])
def test_more_from_headings_are_box_openers(line: str) -> None:
    """`Mehr aus ...` and `Noch mehr ...` head a few links to other stories, like `Mehr zum
    Thema`: a box inside the article, a related zone after it."""
    lex = lexicon.load("de")
    assert lex.zones.match(lexicon.norm_key(line)) == ("box", "prefix")


@pytest.mark.parametrize(("lang", "line", "category", "how"), [
    ("de", "Alle Beiträge stehen unter der Lizenz CC BY-SA 4.0.", "footer", "inner"),
    ("de", "Soweit nicht anders vermerkt, stehen die Texte unter der Lizenz Creative Commons "
           "BY 4.0.", "footer", "inner"),
    ("de", "Wenn nicht anders angegeben, stehen die Inhalte dieser Website unter CC-BY.",
     "footer", "inner"),
    ("de", "Jahresbericht 2020 PDF | 1 MB | Datei ist nicht barrierefrei", "meta", "inner"),
    ("de", "Jetzt 2 Ausgaben gratis testen!", "account", "inner"),
    ("en", "Thousands of readers get our best stories delivered to their inbox every week.",
     "account", "inner"),
    ("pl", "Zapraszamy do subskrypcji naszego kanału", "account", "prefix")])
def test_licence_download_and_subscription_notices(lang: str, line: str, category: str,
                                                   how: str) -> None:
    """A site's licence notice in other wording, an agency's accessibility note on a download
    link, a magazine's trial offer and invitations to subscribe are cruft lines."""
    lex = lexicon.load(lang)
    assert lex.cruft.match(lexicon.norm_key(line)) == (category, how)


@pytest.mark.parametrize(("lang", "line"), [
    ("de", "Ich bin mit der Verarbeitung meiner Daten gemäß Datenschutzerklärung einverstanden."),
    ("de", "Wir sind unabhängig. Wir schalten keine Werbung und verlangen kein Abo."),
    ("es", "Escríbanos o suscríbase aquí a nuestro boletín semanal."),
    ("es", "Síganos en las redes o apúntese a nuestra newsletter diaria.")])
def test_sign_up_consent_and_calls_inside_a_line(lang: str, line: str) -> None:
    """A sign-up form's consent line, a plea for support and a call to subscribe are marked
    wherever they stand in a short paragraph."""
    lex = lexicon.load(lang)
    assert lex.cruft.match(lexicon.norm_key(line)) == ("account", "inner")


@pytest.mark.parametrize(("line", "category"), [
    ("Tämä sivusto käyttää evästeitä parantaakseen käyttökokemustasi.", "consent"),
    ("Jatkamalla sivuston selaamista hyväksyt evästeiden käytön.", "consent"),
    ("Sähköpostiosoitettasi ei julkaista. Pakolliset kentät on merkitty *", "widget"),
    ("Saat parhaat jutut suoraan sähköpostiisi joka aamu!", "account"),
    ("Artikkeli jatkuu mainoksen jälkeen", "resume"),
    ("Jaa artikkeli Facebookissa", "share"),
    ("© 2026 Esimerkki Oy. Kaikki oikeudet pidätetään.", "footer"),
])
def test_finnish_notices_are_cruft(line: str, category: str) -> None:
    """A Finnish cookie banner, comment form, newsletter prompt, ad slot, share button and
    copyright line are cruft of their category."""
    lex = lexicon.load("fi")
    assert lex.cruft.match(lexicon.norm_key(line))[0] == category


def test_finnish_read_also_box_and_dates() -> None:
    """A Finnish 'Lue myös:' line and its link between paragraphs are an inline box; a date
    with the month in the partitive ("5. joulukuuta 2026 klo 14.32") is a timestamp."""
    paras = PAGES["fi"]["paras"]
    text = "\n\n".join([PAGES["fi"]["title"], "5. joulukuuta 2026 klo 14.32", paras[0],
                         paras[1], "Lue myös:", "Vuokrat laskevat useissa kaupungeissa",
                         paras[2]])
    page = cleanpage.extract(text, lang="fi")
    by_text = {ln.text: ln for ln in page.lines}
    assert by_text["Lue myös:"].label is Label.RELATED
    assert by_text["Vuokrat laskevat useissa kaupungeissa"].label is Label.RELATED
    assert by_text["5. joulukuuta 2026 klo 14.32"].reason == "timestamp (date)"
    assert by_text[paras[2]].label is Label.ARTICLE


def test_finnish_publication_words_only_as_dates() -> None:
    """"Päivitetty 5.12.2026 klo 16.10" is a date line, but a short sentence that starts with
    the same word ("Päivitetty ohje ...") matches no Finnish phrase."""
    lex = lexicon.load("fi")
    assert lex.cruft.match(lexicon.norm_key("Päivitetty ohje julkaistaan ensi viikolla.")) is None
    assert lex.cruft.match(lexicon.norm_key("Julkaistu kirja myi hyvin.")) is None
    page = cleanpage.extract("\n".join([PAGES["fi"]["title"], "Päivitetty 5.12.2026 klo 16.10",
                                        *PAGES["fi"]["paras"]]), lang="fi")
    assert page.lines[1].reason == "timestamp (date)"


@pytest.mark.parametrize(("lang", "line", "category"), [
    ("de", "Wie gefällt Ihnen unsere Website www.example.de? Teilen Sie es uns mit!", "nav"),
    ("de", "Dieses Skript als PDF herunterladen", "nav"),
    ("en", "How do you like our website? Tell us in two minutes.", "nav"),
    ("en", "Example News is not responsible for the opinions, statements or media content "
           "presented by contributors.", "footer"),
    ("fr", "Le site n'est pas responsable des opinions publiées par ses lecteurs.", "footer"),
    ("es", "El periódico no se hace responsable de las opiniones de los lectores.", "footer")])
def test_feedback_download_and_contributor_disclaimers(lang: str, line: str,
                                                      category: str) -> None:
    """A feedback widget's question about the site, a link to download the text as a PDF and
    a site's disclaimer for its contributors' opinions are cruft inside a line."""
    lex = lexicon.load(lang)
    assert lex.cruft.match(lexicon.norm_key(line)) == (category, "inner")


@pytest.mark.parametrize(("lang", "name"), [
    ("pl", "domena publiczna"), ("en", "Public domain"), ("de", "gemeinfrei")])
def test_public_domain_is_a_credit(lang: str, name: str) -> None:
    """A picture credited as in the public domain after its caption is a photo credit."""
    lex = lexicon.load(lang)
    assert lex.credit_re.search("Angus Barbieri at 27, weighing 206 kilograms /" + name)
    assert lexicon.norm_key(name) in lex.credit_names


@pytest.mark.parametrize(("lang", "line"), [
    ("de", "Ihr Beitrag hilft, unsere Berichterstattung weiter auszubauen und kostenlos "
           "anzubieten."),
    ("de", "Darum: Hilf mit und unterstütze unser Magazin mit einem kleinen Beitrag."),
    ("de", "Zeigen Sie Ihre Wertschätzung!"),
    ("en", "Your contribution helps us keep our reporting free for everyone.")])
def test_pleas_for_a_contribution(lang: str, line: str) -> None:
    """A plea for a reader's contribution under the article is a sign-up/paywall line."""
    lex = lexicon.load(lang)
    assert lex.cruft.match(lexicon.norm_key(line))[0] == "account"


@pytest.mark.parametrize("line", ["Photograph by Ed Marshall, Restoration Programme",
                                  "Photos by Kathy F. Atkinson"])
def test_photograph_by_is_a_credit_line(line: str) -> None:
    """'Photograph by ...' and 'Photos by ...' credit a picture as 'Photo by ...' does."""
    lex = lexicon.load("en")
    assert lex.cruft.match(lexicon.norm_key(line)) == ("meta", "prefix")


@pytest.mark.parametrize(("lang", "line", "category"), [
    ("en", "This post contains references to products from one or more of our advertisers. "
           "We may receive compensation when you click on links to those products.", "ads"),
    ("en", "NOTE: The advertising disclaimer below does not apply to this article.", "ads"),
    ("de", "*Werbung. Dieser Beitrag enthält Werbung für eine Marke.", "ads"),
    ("es", "Para recibir en directo todas nuestras actualizaciones, síguenos en Telegram, "
           "Instagram, Facebook y Twitter", "share"),
    ("de", "Melde dich jetzt an und erhalten Sie exklusive Angebote!", "account"),
    ("en", "Sign up today and receive exclusive offers from our partners.", "account")])
def test_disclosures_follow_prompts_and_offers_inside_a_line(lang: str, line: str,
                                                            category: str) -> None:
    """A site's own advertising disclosure, a follow prompt naming its networks and a
    newsletter's offer are cruft anywhere in a longer line."""
    lex = lexicon.load(lang)
    assert lex.cruft.match(lexicon.norm_key(line)) == (category, "inner")


@pytest.mark.parametrize("line", ["Wir informieren Sie regelmäßig zum Thema Klima.",
                                  "Sie lesen gern unser Magazin?"])
def test_german_newsletter_and_support_pitches(line: str) -> None:
    """A newsletter's promise and the question over a plea for support open their line."""
    lex = lexicon.load("de")
    assert lex.cruft.match(lexicon.norm_key(line)) == ("account", "prefix")


@pytest.mark.parametrize(("lang", "line", "expected"), [
    ("de", "Weitere Informationen", ("nav", "exact")),
    ("de", "Lesen Sie das Magazin digital oder bestellen Sie es im Shop als Abo oder "
           "Einzelheft:", ("promo", "inner")),
    ("en", "Get our Daily Edition by email and never miss our top stories", ("account", "inner"))])
def test_section_headings_magazine_and_newsletter_pitches(lang: str, line: str,
                                                          expected: tuple[str, str]) -> None:
    """A bare `Weitere Informationen` heading is section chrome; a magazine's call to buy it
    and a newsletter's `by email and never miss` pitch are cruft inside a line."""
    lex = lexicon.load(lang)
    assert lex.cruft.match(lexicon.norm_key(line)) == expected


def test_more_columns_heads_a_related_zone() -> None:
    """`Mehr Kolumnen auf <site>:` heads the site's other columns, as `Mehr Kolumnen` does."""
    lex = lexicon.load("de")
    assert lex.zones.match(lexicon.norm_key("Mehr Kolumnen auf MeinMMO:")) == (
        "related", "prefix")


@pytest.mark.parametrize("line", [
    "Czytasz właśnie nowy rodzaj materiału. Wesprzyj nas darowizną lub przekaż nam 1% podatku.",
    "Dołącz do naszej społeczności, wykup dostęp do strefy premium."])
def test_polish_pleas_for_support(line: str) -> None:
    """A plea for a donation or a paid subscription under a Polish article is a
    sign-up/paywall line anywhere in it."""
    lex = lexicon.load("pl")
    assert lex.cruft.match(lexicon.norm_key(line)) == ("account", "inner")


def test_polish_press_agency_is_a_credit() -> None:
    """`PAP`, Poland's press agency, after an editor's initials (`aja/PAP`) credits a story."""
    lex = lexicon.load("pl")
    assert lex.credit_re.search("aja/PAP")
    assert lexicon.norm_key("PAP") in lex.credit_names


def test_more_interesting_headings_open_a_related_zone() -> None:
    """`Weitere interessante Artikel` heads a list of other stories."""
    lex = lexicon.load("de")
    assert lex.zones.match(lexicon.norm_key("Weitere interessante Artikel")) == (
        "related", "exact")


@pytest.mark.parametrize(("lang", "line", "how"), [
    ("de", "Dieser Text entspricht den Vorgaben der ärztlichen Fachliteratur und wurde von "
           "Medizinern geprüft.", "inner"),
    ("de", "Medizinisch geprüft von Dr. Anna Beispiel", "prefix"),
    ("en", "Medically reviewed by Jane Doe, MD", "prefix")])
def test_medical_review_notes_are_metadata(lang: str, line: str, how: str) -> None:
    """A health site's note that doctors checked the text is article metadata."""
    lex = lexicon.load(lang)
    assert lex.cruft.match(lexicon.norm_key(line)) == ("meta", how)


@pytest.mark.parametrize(("lang", "line"), [
    ("en", "Contact the newsroom"), ("de", "Kontakt zur Redaktion"),
    ("fr", "Contacter la rédaction"), ("es", "Contacta con la redacción"),
    ("it", "Contatta la redazione"), ("nl", "Contact met de redactie"),
    ("pt", "Fale com a redação")])
def test_newsroom_contact_links_are_footer_links(lang: str, line: str) -> None:
    """A newspaper's footer link to its editors is a footer line (so a "Most read" list
    right above the footer does not read it as one more teaser)."""
    lex = lexicon.load(lang)
    assert lex.cruft.match(lexicon.norm_key(line)) == ("footer", "exact")


def test_similar_threads_open_a_related_zone_in_czech() -> None:
    """`Podobná témata` under a Czech forum thread lists other threads."""
    lex = lexicon.load("cs")
    assert lex.zones.match(lexicon.norm_key("Podobná témata")) == ("related", "exact")


@pytest.mark.parametrize(("lang", "line", "cat"), [
    ("en", "Free delivery on orders over £40", "promo"),
    ("de", "Kostenloser Versand ab 29 €", "promo"),
    ("fr", "Livraison offerte dès 49 €", "promo"), ("es", "Envío gratis a partir de 30 €", "promo"),
    ("pt", "Frete grátis acima de R$ 199", "promo")])
def test_shop_delivery_banner_is_a_promo(lang: str, line: str, cat: str) -> None:
    """A shop's delivery banner above the product is a promo line, never its headline."""
    lex = lexicon.load(lang)
    hit = lex.cruft.match(lexicon.norm_key(line))
    assert hit is not None and hit[0] == cat


@pytest.mark.parametrize(("lang", "line"), [
    ("de", "Das Passwort muss mindestens 8 Zeichen lang sein."),
    ("de", "Die eingegebenen Passwörter stimmen nicht überein. Bitte versuche es erneut."),
    ("de", "Bitte fülle alle Pflichtfelder mit * aus."),
    ("de", "Diese E-Mail-Adresse scheint nicht korrekt zu sein – sie muss ein @ beinhalten."),
    ("de", "Dein Passwort wurde erfolgreich geändert. Du kannst dich jetzt anmelden."),
    ("de", "Deine Registrierung war erfolgreich"),
    ("en", "Passwords do not match."),
    ("en", "Your password must be at least 8 characters long."),
    ("en", "Please enter a valid email address."),
    ("en", "Please fill in all required fields."),
    ("fr", "Les mots de passe ne correspondent pas."),
    ("es", "La contraseña debe tener al menos 8 caracteres."),
    ("it", "Inserisci un indirizzo email valido."),
    ("nl", "Het wachtwoord moet minimaal 8 tekens bevatten."),
    ("pt", "As senhas não coincidem."),
    ("pl", "Hasło musi zawierać co najmniej 8 znaków."),
    ("ru", "Пароли не совпадают.")])
def test_account_form_messages_are_cruft(lang: str, line: str) -> None:
    """A sign-in or registration form's messages (field checks, confirmations), which pages
    carry hidden in a modal, are sign-in cruft, not prose outweighing the article."""
    lex = lexicon.load(lang)
    hit = lex.cruft.match(lexicon.norm_key(line))
    assert hit is not None and hit[0] == "account"


@pytest.mark.parametrize(("lang", "line"), [
    ("de", "Ein sicheres Passwort sollte mindestens zwölf Zeichen lang sein, rät das BSI."),
    ("de", "Viele Nutzer verwenden dasselbe Passwort für ihre E-Mail-Adresse und ihr Konto."),
    ("en", "A strong password should be long and unique, security researchers say."),
    ("en", "Attackers sent messages from a spoofed email address to thousands of users.")])
def test_articles_about_passwords_are_no_account_form(lang: str, line: str) -> None:
    """An article's sentence about passwords or e-mail addresses matches no form phrase."""
    lex = lexicon.load(lang)
    assert lex.cruft.match(lexicon.norm_key(line)) is None


def test_function_words_are_letters_only() -> None:
    """The prose vote looks up every word of a line, digits and all, and counts a hit only
    for a function word: that equals looking up its letter-only words only while no
    function word holds anything but letters (``_prose_votes``)."""
    for lang, words in langdetect.function_words().items():
        assert all(w.isalpha() for w in words), lang


def test_letters_only_key() -> None:
    """``_letters_only`` is a shortcut: ``True`` only when every word is letters."""
    assert langdetect._letters_only("the cat sat on the mat")
    for key in ("w3 schools", "snake_case here", "café au lait", "The cat", "a\tb"):
        assert not langdetect._letters_only(key), key


def test_norm_key_ascii_path_equals_regex_path() -> None:
    """The ASCII fast path of ``norm_key`` (a bytes table) keys every ASCII character as the
    case-folding word-run path does."""
    import regex

    def slow(s: str) -> str:
        return " ".join(t for t in regex.findall(r"\w+", s.casefold()) if not t.isdigit())

    for c in range(128):
        s = f"Ab{chr(c)}Cd 12 x{chr(c)}3 {chr(c)}"
        assert lexicon.norm_key(s) == slow(s), c


@pytest.mark.parametrize(("lang", "line"), [
    ("de", "Um unsere Webseite für Sie optimal zu gestalten und fortlaufend verbessern zu "
           "können, verwenden wir Cookies. Weitere Informationen"),
    ("de", "Für ein besseres Nutzererlebnis setzen wir Cookies ein."),
    ("en", "To give you the best experience, we use cookies and similar technologies."),
    ("fr", "Pour améliorer votre expérience sur notre site, nous utilisons des cookies."),
    ("es", "Para mejorar su experiencia, utilizamos cookies propias y de terceros."),
    ("it", "Per offrirti una migliore esperienza, utilizziamo i cookie."),
    ("nl", "Om je ervaring te verbeteren, gebruiken we cookies.")])
def test_consent_notice_after_its_purpose_is_consent(lang: str, line: str) -> None:
    """A banner that opens with its purpose names its cookies after it ("Um ... zu
    gestalten, verwenden wir Cookies."): the phrase stands inside the line."""
    lex = lexicon.load(lang)
    assert lex.cruft.match(lexicon.norm_key(line)) == ("consent", "inner")


@pytest.mark.parametrize(("lang", "line"), [
    ("de", "Viele Webseiten verwenden Cookies, um das Verhalten ihrer Nutzer zu verfolgen."),
    ("en", "Most websites use cookies to track what their visitors read."),
    ("fr", "Les sites utilisent des cookies pour suivre leurs visiteurs."),
    ("es", "Las empresas utilizan cookies para seguir a los usuarios.")])
def test_article_sentence_about_cookies_is_no_phrase(lang: str, line: str) -> None:
    """An article about cookies tells what sites do; it matches no cruft phrase."""
    assert lexicon.load(lang).cruft.match(lexicon.norm_key(line)) is None


@pytest.mark.parametrize(("lang", "line", "cat"), [
    ("en", "You've been successfully signed up!", "account"),
    ("en", "Thank you! Please check your inbox now for your welcome email.", "account"),
    ("en", "Please enter your business email.", "account"),
    ("en", "Our editors pick every product themselves, and advertisers do not influence our "
           "picks.", "ads"),
    ("de", "Gefällt dir unser Magazin? Wir haben entschieden, keine Bezahlschranke "
           "einzuführen.", "account"),
    ("de", "Jetzt neu! Besuchen Sie unseren Fan-Shop!", "promo")])
def test_sign_up_confirmations_and_shop_calls_are_cruft(lang: str, line: str, cat: str) -> None:
    """A sign-up form's confirmation, a review site's independence note, a plea that names
    the missing paywall and a call to visit the site's shop are cruft anywhere in a line."""
    hit = lexicon.load(lang).cruft.match(lexicon.norm_key(line))
    assert hit is not None and hit[0] == cat


@pytest.mark.parametrize(("lang", "line"), [
    ("de", "Beitragsbild: Stefan Mang"),
    ("de", "Titelbild: Max Muster"),
    ("en", "Featured image: Tetbir Salim via Unsplash")])
def test_lead_picture_labels_are_credits(lang: str, line: str) -> None:
    """A post's lead picture is credited under the article with its own label."""
    assert lexicon.load(lang).credit_re.search(line)


@pytest.mark.parametrize(("lang", "line"), [
    ("en", "You must log in or register to reply here."),
    ("de", "Du musst dich einloggen oder registrieren, um hier zu antworten."),
    ("fr", "Vous devez vous connecter ou vous inscrire pour répondre ici."),
    ("es", "Debes iniciar sesión o registrarte para responder aquí."),
    ("it", "Devi accedere o registrarti per rispondere qui."),
    ("en", "Upvote if this was helpful (2) Downvote if this was not helpful (0) Flag for removal"),
    ("en", "Great! We've sent you an email to confirm your subscription."),
    ("de", "Bitte klicken Sie auf den Link in der E-Mail, um Ihre Anmeldung zu bestätigen."),
    ("es", "Te hemos enviado un correo para confirmar tu suscripción."),
    ("en", "Was this helpful?"),
    ("en", "Health.com uses only high-quality sources, including peer-reviewed studies, to "
           "support the facts within our articles.")])
def test_forum_reply_notes_and_opt_in_notices_are_cruft(lang: str, line: str) -> None:
    """A forum's note to visitors under a thread, an answer's vote buttons, a double opt-in's
    notice, a feedback question and a publishers' network's sourcing note are cruft."""
    assert lexicon.load(lang).cruft.match(lexicon.norm_key(line)) is not None


@pytest.mark.parametrize(("lang", "line"), [
    ("de", "Der Newsletter: immer bestens informiert! Mehr Informationen"),
    ("de", "Jetzt auch digital! Einfach hier klicken und für das digitale Heft registrieren!"),
    ("pl", "Prosimy o zaznaczenie checkboxa przed dodaniem komentarza."),
    ("en", "Unable to edit the page? See the FrontPage for instructions."),
    ("de", "Es werden die Weine 1 bis 10 von insgesamt 19 angezeigt!"),
    ("de", "weiterlesen 4 Minuten"),
    ("en", "Disclaimer: The responses below are not provided or commissioned by the bank "
           "advertiser.")])
def test_slogans_pagers_and_form_notes_are_cruft(lang: str, line: str) -> None:
    """A newsletter's slogan, a link's call, a comment form's data notice, a wiki's footer,
    a shop's pager, a teaser's link with its reading time and an issuer's disclaimer."""
    assert lexicon.load(lang).cruft.match(lexicon.norm_key(line)) is not None


def test_pager_phrase_spares_a_sentence_with_a_count() -> None:
    """A sentence that counts cases between `von insgesamt` and `angezeigt` is no pager."""
    line = "Von insgesamt 300 Fällen wurden im letzten Jahr 20 angezeigt."
    assert lexicon.load("de").cruft.match(lexicon.norm_key(line)) is None


@pytest.mark.parametrize(("lang", "line"), [
    ("en", "Sent from my SM-S908U using AC Forums mobile app"),
    ("de", "Gesendet von meinem iPhone mit Tapatalk"),
    ("fr", "Envoyé de mon iPhone en utilisant Tapatalk"),
    ("es", "Enviado desde mi iPhone con Tapatalk"),
    ("en", "Comment via: facebook, substack"),
    ("en", "Reply by email"),
    ("en", "Submit correction"),
    ("en", "Some exclusions apply. See details."),
    ("en", "Promotion Has Expired")])
def test_app_signatures_and_offer_fine_print_are_cruft(lang: str, line: str) -> None:
    """A forum post's app signature, a blog's links to comment elsewhere and an offer's
    fine print are cruft lines."""
    assert lexicon.load(lang).cruft.match(lexicon.norm_key(line)) is not None


@pytest.mark.parametrize(("line", "cat"), [
    ("Products are chosen independently by our editors. Purchases made through our links may "
     "earn us a commission.", "ads"),
    ("Please Consider Supporting Us.", "account")])
def test_affiliate_note_and_plea_for_support_are_cruft(line: str, cat: str) -> None:
    """A shop guide's affiliate note and a plea for support on a line of its own."""
    hit = lexicon.load("en").cruft.match(lexicon.norm_key(line))
    assert hit is not None and hit[0] == cat


@pytest.mark.parametrize(("lang", "line"), [
    ("en", "Click to share on Facebook (Opens in new window)"),
    ("en", "Click to email a link to a friend (Opens in new window)"),
    ("en", "Submit to Stumbleupon (Opens in new window)"),
    ("de", "Klicken, um auf Twitter zu teilen (Wird in neuem Fenster geöffnet)"),
    ("fr", "Cliquez pour partager sur Facebook(ouvre dans une nouvelle fenêtre)"),
    ("es", "Haz clic para compartir en Twitter (Se abre en una ventana nueva)"),
    ("it", "Fai clic qui per condividere su Facebook (Si apre in una nuova finestra)"),
    ("nl", "Klik om te delen op Facebook (Wordt in een nieuw venster geopend)"),
    ("pt", "Clique para compartilhar no Facebook(abre em nova janela)"),
    ("pl", "Kliknij, aby udostępnić na Facebooku (Otwiera się w nowym oknie)")])
def test_share_button_labels_are_share_bar(lang: str, line: str) -> None:
    """A blog platform's share buttons print their screen-reader labels as text; once one
    of them was taken for the headline."""
    hit = lexicon.load(lang).cruft.match(lexicon.norm_key(line))
    assert hit is not None and hit[0] == "share"
