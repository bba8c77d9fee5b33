"""Page cleaner: separate a crawled article's headline and paragraphs from the site's chrome.

Every non-blank line is judged on general evidence, never on one site's phrases: its shape
(counter and currency widgets, date lines, glued or labelled, markdown images and link lists,
menus, pieces between separators), its length and whether it ends like a sentence, cue words and
phrases in several languages (share, subscribe, newsletter, related, read also, comments, donate,
cookie, copyright ...), photo credits and captions, embedded posts (a tweet's link and signature,
Instagram and Telegram cards), newsroom credits and author boxes, calls to action, lines in another
script or language than the article, repetition, and its position: non-sentence lines above the
headline and short ones above the body are page furniture (a dateline or a live blog's entry title
right above the first paragraph excepted), a "Related" / "Comments" section after the article hides
what follows it, another story's headline between two paragraphs is a teaser, short non-sentences
between chrome lines are chrome, and reader appeals, contact fields or link lists at the bottom are
cut. The headline is the first doubled or first long candidate that does not stand above a menu.
Kept text is returned exactly as written, so offsets into `CleanPage.text` can be cited.
bench/clean_eval.py measures it on bench/clean.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from functools import cache
from dataclasses import dataclass, field

from orbat.extract.dates import MONTH_NUMBERS as MONTHS
from orbat.extract.dates import WEEKDAY_WORDS as WEEKDAYS
from orbat.extract.names import lookup
from orbat.read import detect_language, english_share, identify_language


@dataclass
class CleanPage:
    """The headline (or None), the article paragraphs joined by blank lines, the chrome dropped."""
    title: str | None
    text: str
    dropped: list[str] = field(default_factory=list)


_I = re.IGNORECASE
_HEADING = re.compile(r"#{1,6}[ \t]+(.*?)[ \t]*#*[ \t]*$")
_LINK = re.compile(r"!?\[[^\]\n]{0,500}\]\([^)\s]{0,2000}\)")
_URL_ONLY = re.compile(r"(?:https?://|www\.)\S+$", _I)
_CLOSERS = "\"'”’»)]*_"
_FINAL = frozenset(".!?…。")
_DIGIT = re.compile(r"\d")
_LETTER = re.compile(r"[^\W\d_]")
_LOWER_WORD = re.compile(r"[a-z]+")
_CUE_WORDS = frozenset(
    "cookie cookies copyright rights newsletter newsletters inbox subscribe subscribed subscriber subscribers "
    "subscription subscriptions unsubscribe signing sign "
    "donate donation donations donating blocker adblock adblocker javascript "
    "browser paywall premium log login support help photo photos image images picture pictures pic pics foto nuotr kuva "
    "video videos graphic illustration illustrative map credit credits caption source file tag tags topic topics "
    "category categories filed keyword keywords posted share afp reuters ap getty epa anadolu".split())
_INNER_BOUNDARY = re.compile(r"(?<=[^\W\d_]{5})[.!?]\s+[A-Z]")
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_TOKEN = re.compile(r"[^\W_]+")
_NUMERIC_DATE = re.compile(r"\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}")
_CITE_MARKS = re.compile(r"(?:\[\d{1,3}\])+\s*$")
_LIST_ITEM = re.compile(r"(?:[-*+•]|\d{1,3}[.)])\s+\S")
_SEPARATOR = re.compile(r"\s+(?:[|•·»›>/]|::)\s+")
_MENU_SPLIT = re.compile(r"\s+(?:[|•·»›>/]|::)\s+|\s{2,}")  # separators, or runs of spaces ("Home  News  World")
_FIELD_TITLE = re.compile(r"(?:title|headline)\s*:\s*(?=\S)", _I)
_SITE_PIPE = re.compile(r"\s+[|•·»]\s+")
_SITE_DASH = re.compile(r"\s+-\s+")

_DATE_LINE_WORDS = frozenset(MONTHS) | WEEKDAYS | frozenset(
    "published posted updated modified last date dated on at am pm a p m h gmt utc st nd rd th of ago "
    "hour hours hr hrs minute minutes min mins day days week weeks yesterday today just now an "
    "muharram safar rabi jumada rajab shaban sha'ban ramadan shawwal dhu qadah hijjah awwal thani akhir al "
    "publié publie mis à jour le publicado actualizado el em de hace launched lecture lectura "
    "lundi mardi mercredi jeudi vendredi samedi dimanche lunes martes miércoles miercoles jueves viernes "
    "sábado sabado domingo uhr".split())
_ZONE = re.compile(r"\b(?:[A-Z]{1,3}T|UTC|IST)(?:[+-]\d{1,2}(?::?\d\d)?)?(?![\w])")
_RELATIVE_TIME = re.compile(
    r"^(?:(?:published|posted|updated|launched|edited|last updated)\s*:?\s+)?(?:\d+|an?|one)\s+"
    r"(?:sec|second|min|minute|hr|hour|day|week|month|year)s?\s+ago\.?$"
    r"|^(?:(?:mis à jour|publi[ée]|actualizado|publicado)\s*:?\s+)?(?:il y a|hace)\s+(?:\d+|une?)\s+"
    r"(?:minutes?|heures?|jours?|semaines?|mois|minutos?|horas?|d[ií]as?|semanas?|meses?)\.?$"
    r"|^(?:prije|vor|há|fa)\s+(?:\d+|jedan|jednog|einer?|uma?)\s+(?:sat[ai]?|minut[ae]?|dana?|sedmic[ae]|"
    r"stunden?|minuten?|tagen?|horas?|minutos?|dias?|or[ae]|giorni)\.?$"
    r"|^\d+\s+(?:saat|dakika|gün|hafta)\s+önce$", _I)  # "prije 1 sat", "vor 2 Stunden", "há 3 horas", "2 saat önce"
_CLOCK = re.compile(r"\d{1,2}[:h.]\d\d")
_CLOCK_ONLY = re.compile(r"\d{1,2}[:h.]\d\d(?:\s*(?:[ap]\.?\s?m\.?|[A-Z]{2,4}))?$", _I)
_BRACKETED = re.compile(r"\([^()\d]{1,25}\)")
_WIDGET_WORDS = frozenset(
    "usd eur gbp rub uah k m views view shares likes comments raised goal of donors reads read min mins "
    "minute minutes hour hours day days ago k reading listening time estimated followers following claps "
    "subscribers".split())
_BUTTON = re.compile(
    r"\b(?:share[sd]?|tweet|retweet|print|e-?mail|facebook|twitter|whatsapp|telegram|linkedin|pinterest|"
    r"reddit|subscribe|subscription|newsletter|sign[ -](?:up|in)|log[ -]?(?:in|out)|register|follow us|"
    r"donate|donation|advertisement|advertising|sponsored|cookies?|copyright|menu|skip to|back to top|"
    r"read more|continue reading|load more|loading|show more|see more|view more|click here|comments?|reply|"
    r"replies|next article|previous article|accept all|save|listen|permalink|copy link|link copied|social sharing|"
    r"mailto|reuse this content|open in (?:the )?app|privacy(?: policy| dashboard| settings| notice)?|terms of (?:use|service)|"
    r"terms (?:and|&) conditions|download(?: (?:the )?pdf)?|(?:also )?available in|"
    r"teilen|drucken|suche|anmelden|alle akzeptieren|einstellungen|abonnieren|paylaş|kaydet|abone ol|"
    r"compartilhar|condividi|поделиться|подписаться|"
    r"partager|compartir|comparte|imprimer|imprimir|buscar|rechercher|men[uú]|iniciar sesi[oó]n|"
    r"connexion|j'accepte|aceptar|je m'abonne|suscr[ií]bete|suscr[ií]bite|listen live|lire la suite|leer m[aá]s|"
    r"(?:aller|passer) au contenu|ir al contenido|saltar al contenido|jump to|faire un don|hacer una donaci[oó]n|"
    r"search(?: this site)?|like(?: this)?:?|close (?:this |the )?window|fermer (?:la |cette )?fen[êe]tre|"
    r"cerrar (?:la |esta )?ventana)"
    r"(?!\w)", _I)
_CAPTION_WORD = re.compile(
    r"\b(?:image|photo|photograph|picture|pic|illustrative|illustration|file|credit|archive|getty|afp|"
    r"reuters|ap|epa|handout|screenshot|screengrab|video)s?\b", _I)
# "photo" in the languages of the sites a crawl meets (as a credit's label: "Фото: Name", "ภาพ: Name")
_PHOTO_WORDS = (r"foto|ifoto|fotó|fotoğraf|nuotr\.?|kuva|zdjęcie|фото|larawan|ภาพ|լուսանկարը?|ფოტო|صورة|عکس|تصویر|צילום|"
                r"φωτογραφία|ፎቶ|ဓာတ်ပုံ|फोटो|तस्वीर|ছবি|사진|写真|图片|圖片|ảnh|picha|sawir|hoto")
_CREDIT = re.compile(
    r"^(?:photo|image|picture|pic|video|graphic|illustration|map|credit|caption|source|file|" + _PHOTO_WORDS + r")s?"
    r"(?:\s+(?:credit|photo|image|by|courtesy))?\s*[:/|©\u055d]"
    r"|\b(?:photo|image|picture|" + _PHOTO_WORDS + r")s?\s*(?:credit\s*)?[:\u055d]\s*\S"
    r"|\((?:photo|image|file|credit|social media|courtesy|handout|supplied)\b[^)]*\)\s*$"
    r"|[/©]\s*(?:AFP|Reuters|AP|Getty|EPA|Anadolu)\b|\b(?:photo|image|foto)\s*\|\s*[A-Z][\w.-]*(?:\s+[\w.-]+){0,3}$", _I)
_META_FIELD = re.compile(
    r"^(?:from|by|published|updated|posted|authors?|sources?|date|written by|contributors?|publi[ée]|publicado)"
    r"\s*:?$", _I)
_LABEL = re.compile(r"^(?:tags?|topics?|categories|category|filed under|keywords|posted in|share this)\s*:", _I)
_BYLINE = re.compile(r"(?i:^(?:by|written by|posted by|reporting by|authors?|por|par)\s*:?\s+\S)|(?i:^(?:auteur|autor|autore|yazar|verfasser)\s*:\s+\S)|^(?:Redacción|Redação|Rédaction|Redazione)\s+[A-Z]|^by(?=[A-Z][a-z])|"
                     r"^Von\s+(?!der\b|den\b)\S")  # "Von dpa-Korrespondenten" (not "Von der Leyen")
_COOKIE = re.compile(r"\bcookies?\b", _I)
_COOKIE_CONTEXT = re.compile(
    r"\b(?:accept|agree|consent|privacy|policy|browsing|experience|settings|use of|"
    r"acceptez|accepter|utilisation|navigation|aceptas|aceptar|utilizamos|navegaci[oó]n|privacidad)\b", _I)
_WE_USE_COOKIES = re.compile(
    r"\b(?:we|this (?:site|website)|nous|wir|utilizamos|usamos|utilizziamo) (?:use|uses|utilisons|verwenden|nutzen)?"
    r"\s*(?:the |des |some |essential |necessary |only |)*cookies\b|\bçerez|\bиспольз\w* cookie", _I)
_RIGHTS = re.compile(
    r"\b(?:all rights reserved|tous droits réservés|todos los derechos reservados|alle rechte vorbehalten|"
    r"tüm hakları saklıdır|todos os direitos reservados|tutti i diritti riservati)\b|все права защищены|"
    r"جميع الحقوق محفوظة", _I)
_COPYRIGHT = re.compile(r"©|\bcopyright\b|\ball rights reserved\b|(?:^|\s)\(c\)\s*(?:\d{4}|[A-Z])", _I)
_READER = re.compile(r"\b(?:you|your|you're|yours)\b", _I)
_US = re.compile(r"\b(?:us|our)\b", _I)
_REPORTED = re.compile(r"\b(?:said|says|told|according)\b", _I)
_STRONG_CUE = re.compile(
    r"\b(?:newsletter|inbox|subscribe|subscription|sign up|donate|donation|ad ?blocker|javascript|browser|"
    r"paywall|premium|log in|support (?:us|our)|help us|unsubscribe|signing up)\b", _I)
_APPEAL_CUE = re.compile(
    r"\b(?:support|help|consider|contribute|donat\w*|subscri\w*|join|follow|share|like)\b", _I)
_SUPPORT_US = re.compile(
    r"\b(?:support|help|fund|back)(?:ing)? (?:us|our)\b|\bdonat\w*|\bpatreon\b|\bpaypal\b|"
    r"\bsupport (?:independent|quality|our) journalism\b|\bbuy me a coffee\b|"
    r"\bbecom(?:e|ing) an? (?:[\w+]+\s+)?(?:member|subscriber|patron|supporter)\b|\bfunded by (?:our )?readers\b", _I)
_QUOTE = re.compile(r"[\"“”«»]")
_FUNDING_APPEAL = re.compile(
    r"\b(?:donat\w*|contribut\w*|subscri\w*|membership|become a member|support\w*|afford|gifts?)\b.{0,200}"
    r"\b(?:journalism|report|reporting|work|newsletter|publication|research|analysis|news)\b"
    r"|\b(?:journalism|reporting|work|research)\b.{0,200}\b(?:donat\w*|support\w*|afford|contribut\w*)\b", _I)
_WE = re.compile(r"\bwe\b", _I)
_MY_WORK = re.compile(r"\b(?:my work|thanks for reading)\b", _I)
_COMMENT_WORDS = (r"(?:comments?|replies|comentarios?|commentaires?|commenti|kommentare|коментарі|комментарии|yorumlar|"
                  r"komentar|komentarze|σχόλια|تعليقات)")
_COMMENTS = re.compile(
    r"^(?:\d+\s+)?" + _COMMENT_WORDS + r"(?:\s*\(\d+\))?\s*:?$"
    r"|^(?:\d+\s+(?:responses?|r[ée]actions?)|(?:responses?|r[ée]actions?)\s*\(\d+\))\s*:?$"
    r"|^(?:leave|post|add|write|submit|join)\b.{0,25}\b(?:reply|comments?|discussion|conversation)\b"
    r"|^comments? (?:are )?closed|^\d+\s+thoughts? on\b"
    r"|^\S+(?:\s\S+){0,3}\s(?:says|said|wrote|commented|disse|dit|dice|dijo|sagt|schreibt|écrit|escreveu|escribió|scrive)"
    r"\s*(?::|\.\.\.|…)$", _I)  # "Jane says:", "Anónimo disse...", "Paul N. dit :"
_RELATED = re.compile(
    r"^(?:related(?:\s+\w+){0,2}|more (?:on|from|about|in|news|stories|articles|coverage)\b.*|"
    r"read (?:more|also|next)\b.*|see also|also (?:read|see)|you (?:may|might) (?:also )?(?:like|enjoy|be interested)\b.*|"
    r"recommended\b.*|most (?:read|popular|viewed|shared)\b.*|don'?t miss|must reads?|editor'?s choice|"
    r"popular\b.*|latest (?:news|stories|articles|posts)|"
    r"trending\b.*|further reading|other (?:news|stories)|in (?:other|related) news|top stories|keep reading|"
    r"(?:suggested|recommended|related) (?:topics|tags|articles|stories|posts)|editors'? picks|"
    r"recent (?:posts|articles|stories)|(?:\w+ )?recommends|we recommend|"
    r"(?:previous|next|older|newer) (?:posts?|articles?|stories|entries)|"
    r"share this(?: article| story| post| page)?|partager(?: cet article)?|compartir|comparte en redes|"
    r"(?:à )?lire aussi|sur le même sujet|voir aussi|dans la même rubrique|temas recomendados|"
    r"(?:le|te) puede interesar|lea también|lee también|(?:noticias|artículos) relacionad[oa]s|más información|"
    r"en savoir plus|articles similaires|artículos similares|articoli correlati|ähnliche artikel|"
    r"اقرأ أيضا[ًا]?|مقالات ذات صلة|ذات صلة|explore more\b.*|skip next section\b.*|see all\b.*|"
    r"mehr zum thema|lesen sie auch|das könnte sie auch interessieren|weitere artikel|"
    r"leia também|leia mais|leggi anche|ilginizi çekebilir|benzer haberler|ilgili haberler|"
    r"читайте также|по теме|еще по теме|habari zaidi|habari nyingine|önerilen haberler|baca juga|berita terkait|"
    r"lo más leído|(?:noticias )?más leídas?|mais lid[ao]s|les plus lus|tin liên quan|"
    r"references|notes|external links|bibliography|citations|(?:table of )?contents|sommaire|содержание)"
    r"(?:\s*\[edit\])?\s*:?$", _I)
_COMMENT_COUNT = re.compile(r"^\d+\s+" + _COMMENT_WORDS + "$", _I)  # "0 commentaire": a counter
_THOUGHTS_ON = re.compile(r"^\d+\s+(?:thoughts?|comments?|responses?|replies|reactions?|réflexions?|commentaires?|"
                          r"réponses?|respuestas?|comentarios?)\s+(?:on|to|sur|à|a|en|para)\b", _I)
_RELATED_INLINE = re.compile(
    r"^(?:related(?: (?:articles?|stor(?:y|ies)|posts?|news|content|coverage|reading|publications?|reports?|analysis))?|read|read (?:also|more|next)|also read|"
    r"see also|(?:also )?watch|video|in pictures|"
    r"(?:à )?lire aussi|voir aussi|"
    r"(?:le|te) puede interesar|lea también|lee también|اقرأ أيضا[ًا]?|lesen sie auch|mehr zum thema|"
    r"leia também|leggi anche|читайте также|читайте також|baca juga|soma pia|soma zaidi|ayrıca (?:bakınız|okuyun)|"
    r"see more|more|episode)\s*(?::|\||[–—-]\s)(?=\s*\S)", _I)
# the same labels when punctuation was lost ("Lee también Culiacanazo, el jueves negro"), or a link led by an
# arrow ("→ Read more from the Associated Press on why ...")
_RELATED_BARE = re.compile(
    r"^(?:[→►▶➡]\s*)?(?:(?:à )?lire aussi|lea también|lee también|leia também|leggi anche|baca juga|soma pia|اقرأ أيضا[ًا]?|"
    r"читайте также|читайте також|also read|read also)\s+(?=[^\W\d_])(?-i:(?=[A-Z]|[^\x00-\u024f]))|"
    r"^[→►▶➡]\s*(?:read|watch|listen|see)\b", _I)
_NAV_WORDS = frozenset(
    "home news world politics business economy sport sports opinion video videos culture about contact "
    "search menu latest africa asia europe americas tech science health live podcasts analysis features".split())
_STOP = frozenset(
    "the a an of in on at to for from by with and or but is are was were be been has have had that this "
    "it its as which who their they he she his her not said after into over than also le la les des du de "
    "et el los las y en del que un une".split())
_NOT_HEADLINE_START = frozenset(
    "the a an in on at since during after before by from for with as this it he she they we there "
    "although while when".split())
_PAST_AUX = frozenset("was were had".split())
_LONG = 600          # characters beyond which a line is article prose whatever its shape
_WRAP_MIN = 40       # a hard-wrapped line is at least this long; a shorter one (a headline) ends its unit

# Embedded posts: a tweet's picture link, its "— Name (@handle) March 3, 2024" signature (the line
# above it is the tweet; the dash may be missing before a date), Instagram and Telegram cards.
_EMBED_LINK = re.compile(r"\bpic\.twitter\.com/|\bt\.co/\w|\binstagram\.com/p/|\bt\.me/", _I)
_POST_SIGNATURE = re.compile(
    r"^[—–-]{1,2}\s*[^\n]{0,80}\(@\w{1,30}\)|^[^\n]{0,80}\(@\w{1,30}\)[^\n]{0,20}\b\d{4}$")
_PLATFORM_SIGNATURE = re.compile(r"^[—–]{1,2}\s*[^\n,]{2,60},\s*(?:Facebook|Twitter|X|Instagram|Telegram|TikTok|YouTube|"
                                 r"Threads|Bluesky|Mastodon)\s*,[^\n]{0,30}\d{4}\s*$")  # "— Name, Facebook, <date>"
_EMBED_CARD = re.compile(
    r"^(?:a post shared by\b|view (?:this )?post on \w+|view more on \w+|(?:open|view) in telegram\b|"
    r"watch on (?:youtube|x|twitter)\b|forwarded from\b|join channel\b)", _I)
_POST_INLINE = re.compile(r"^[^:\n]{2,80}\(@\w{1,30}\)\s+(?:on|via)\s+(?:X|Twitter|Facebook|Telegram|Instagram|"
                          r"Threads|Bluesky|TikTok)\s*:\s")  # "Amit Shah (@AmitShah) on X: A milestone ..."
_HANDLE = re.compile(r"\(@\w{1,30}\)")
# Photo captions and credits: "... on Tuesday. (PTI)", "[File: AFP]", "REUTERS/Jane Doe", "Item 1 of 4".
_CREDIT_TAIL = re.compile(
    r"(?:[.!?][\"”’]?\s*[(\[][^()\[\]\n]{2,60}[)\]]"
    r"|[(\[][^()\[\]\n]{0,60}\b(?:photo|file|handout|via|courtesy|screenshot|screengrab|credit|image|"
    r"foto|archive|archivo)\b[^()\[\]\n]{0,60}[)\]])\s*$", _I)
# a caption that ends in a credit: "... – Outlet/Credit", "... on Thursday. Kuva: Name", "... Associated Press photo"
_CREDIT_END = re.compile(r"\s[–—]\s+[A-Z][\w.]*/[A-Z][\w. ]{0,40}$|[.!?]\s+Photos? (?:via|by|courtesy of|from)\s+[^.]{2,40}$|"
                         r"\bin an? (?:file|archive) (?:photo|picture|image)\.?$|[.!?]\s+[A-Z][^\W\d_]{1,9}\.?:\s+[A-Z][\w .&/-]{1,40}$|"
                         r"[.!?]\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}\s*/\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}$|"
                         r"[.!?]\s+(?:[A-Z][\w.]*\s+){1,3}(?:photo|file photo|photograph)\.?$|"
                         r"\s{2,}(?i:photo|foto|picture|image)s?\s*:?\s+[A-Z][\w.-]*(?:\s+[\w.-]+){0,3}$")  # "...   photo IRIN archive"
# a credit on a line of its own: "Courtesy of the Bunyan al-Marsous media office", "MNDAA via RFA"
_SHORT_CREDIT = re.compile(r"^(?i:(?:photos?\s+)?courtesy)(?:\s+of)?\s*:?\s+\S|^[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}\s+via\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?$")
_AGENCY_CREDIT = re.compile(
    r"\b(?:REUTERS|Reuters|AFP|AP|EPA(?:-EFE)?|Getty Images|Anadolu|ANADOLU|Xinhua|XINHUA|[A-Z]{2,6} Photo)/[A-Z]")
_PLATFORM_CREDIT = re.compile(
    r",\s*(?:(?:via|from|courtesy of)\s+)?(?:(?:a|the)\s+)?(?:telegram|twitter|x|facebook|instagram|youtube|tiktok|"
    r"social media)(?:\s+(?:channel|account|page|post|video))?\b[^,.;:]{0,40}$", _I)
_DASH_CREDIT = re.compile(
    r"[.!?]\s*(?:[—–-]\s*(?:AFP|Reuters|REUTERS|AP|EPA|Getty Images|Anadolu|Xinhua|File|[A-Z]{2,8}|[A-Z][a-z]{2,12})"
    r"|/\s*[A-Z][\w .&-]{0,40})\s*$")
# A credit after the caption's sentence: an agency's name, or a photographer's with the agency in
# brackets ("... on September 2, 2023. AFP", "... on January 18. Jane Roe (EFE)").
_CREDIT_AFTER = re.compile(
    r"[.!?][\"”’]?\s+(?:AFP|Reuters|REUTERS|AP|EPA(?:-EFE)?|EFE|Getty Images|Anadolu|Xinhua|PTI|ANI|dpa|TASS|[A-Z]{3,12}(?: (?:FILE )?PHOTO)?(?:\s*/\s*FILE)?|[A-Z][\w'’]+(?: [A-Z][\w'’]+){0,2}/(?:File|FILE|Handout)"
    r"|(?:[A-Z][\w'’.-]+\s+){1,3}\([^()\n]{2,40}\))\s*$")
_PHOTO_CREDIT = re.compile(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3}\s*/\s*[A-Z][\w .&-]*$")  # "Jane Roe/Agency"
_PHOTO_OF = re.compile(
    r"^(?:(?:file|archive|representational|illustrative|representative)\s+)?(?:photo|image|picture|pic)s?"
    r"\s+(?:of|shows?)\b|^(?:an?\s+)?(?:map|graphic|chart|infographic)\s+(?:showing|shows)\b|"
    r"^(?:an?\s+)?(?:still|screenshot|screengrab|frame|grab)\s+(?:taken\s+)?from\s+(?:an?\s+|the\s+)?(?:video|footage|clip)\b",
    _I)
# "FILE - Soldiers patrol ...", "..., in a file picture from 2019.", "... The photo was released by the ministry."
_CAPTION_CUE = re.compile(r"^(?-i:FILE)\s*[-–—:]\s+[A-Z]|^photo caption\b|\bin an? (?:file|undated|handout|archive) (?:photo|picture|image)\b|"
                          r"(?<=[\w,] )in an? (?:image|photo|picture|still) (?:shared|posted|released|published|circulated|taken)\b|"
                          r"\b(?:the|this) (?:photo|picture|image) was (?:released|provided|supplied|distributed|taken|"
                          r"published|shared)\b", _I)
_CONTRIBUTED = re.compile(r"\bcontributed (?:to )?(?:this|the) (?:report|story|article)\b", _I)
_ORG_BLURB = re.compile(
    r"^[^.]{0,60}?\bis an? (?:[\w-]+,?\s+(?:and\s+)?){0,2}?(?:independent|non-?profit|non-?partisan|reader-supported|reader-funded|registered|"
    r"award-winning|international|humanitarian|global)\b[^.]{0,80}?\b(?:news|media|journalism|publication|platform|outlet|newsroom|"
    r"organi[sz]ation|charity|think tank|research)\b|"
    # "Suspilne is Ukraine's public broadcaster", "UN News is the digital news service of ...": a site about itself
    r"^(?:The\s+)?[A-Z][\w&.'’-]*(?:\s+(?:[A-Z][\w&.'’-]*|for|of|on|and|the)){0,8}(?:\s*\([^()]{1,20}\)|,\s[^,]{1,40},)?"
    r"\s+is\s+(?:an?|the|[A-Z][\w'’]*['’]s)\s+(?:[\w'’-]+\s+){0,5}?(?:news (?:website|site|service|agency|portal|source|group|organi[sz]ation|channel|network)|media (?:organi[sz]ation|group|outlet|company|house)|"
    r"public broadcaster|broadcaster|daily|newspaper|weekly|news outlet|network of (?:[\w-]+\s+){0,2}media|"
    r"monitoring group|think tank|research (?:institute|centre|center|organi[sz]ation)|website|magazine|"
    r"[\w]+-language (?:service|edition|version|site)|product of [A-Z]|global movement|"
    r"(?:radio|television|TV) (?:station|channel))\b")
# ... or says what it does for whom ("Critical Threats aims to inform the public and policymakers", "Prensa
# Latina provides news, features and photographs from Latin America and the world", "About The New Times: ...")
_SITE_DOES = re.compile(r"\b(?:provides|publishes|offers|brings|delivers|produces|reaches|serves)\s+(?:[\w-]+,?\s+){0,3}?"
                        r"(?:news|analysis|coverage|reporting|journalism|information|listeners|readers|viewers)\b|"
                        r"\b(?:aims|seeks|strives|exists) to (?:inform|provide|bring|deliver|educate)\b", _I)
_AUDIENCE = re.compile(r"\b(?:readers|listeners|viewers|audiences?|the public|policymakers|subscribers|the world|"
                       r"the (?:region|continent|country))\b", _I)
_ABOUT_LABEL = re.compile(r"^[Aa]bout\s+(?:the\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,4}\s*:\s+\S")
_OFFICIAL_SOURCE = re.compile(r"\bis the (?:official|main|leading) (?:source|voice|outlet) (?:of|for) (?:news|information)\b", _I)
_REUSE = re.compile(r"\b(?:republish\w*|reproduc\w*|redistribut\w*|reprint\w*|copy and distribute)\b", _I)
_PERMISSION = re.compile(r"\bwithout (?:[\w'’]+ ){0,3}permission\b", _I)
_AGE_NOTICE = re.compile(r"^this (?:article|story|page|content) is (?:more than|over) (?:\d+|an?|one) "
                         r"(?:years?|months?|days?) old\b", _I)
_GALLERY = re.compile(r"^(?:(?:item|image|photo|picture|slide)\s+\d+\s+(?:of|/)\s+\d+\b|\[\d+\s*/\s*\d+\])", _I)
# Newsroom credits and author boxes.
_CREDIT_LINE = re.compile(
    r"^\(?(?:(?:additional\s+)?reporting|writing|editing|edited|compiled|translated|produced|"
    r"(?:additional\s+)?research)\s+by\b|"
    r"^(?:translation|traduction|traducción|tradução|editing|edição|edición|redacción|redação|rédaction|"
    r"producer|produção|producción)\s*:\s*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}$", _I)
_NAME = r"[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|de|da|der|den|van|von|al|el|bin|ibn)){1,3}"
_BYLINE_LIST = re.compile(rf"^by\s+(?:[—–-]\s+)?{_NAME}(?:\s*(?:,\s*and\b|,|&|\band\b)\s*{_NAME})*$", _I)
_NAMES_JOINED = re.compile(rf"^{_NAME}(?:\s*(?:,|,?\s*\band\b|&)\s*{_NAME})+$")
_NAME_LIST = re.compile(rf"^{_NAME}(?:\s*,\s*{_NAME}){{1,}}(?:\s*,?\s*(?:and|&)\s*{_NAME})$")
_NAMES_ONLY = re.compile(rf"^{_NAME}(?:\s*,\s*{_NAME}){{2,}}\s*,?$")
_TWO_NAMES = re.compile(rf"^({_NAME})\s*,\s*({_NAME})$")  # "Dana Levin, Yoav Shamir" (not "Tel Aviv, Gaza City")
_NAMES_IN = re.compile(rf"^{_NAME}\s+in\s+[A-Z][\w'’-]+(?:\s*(?:,|,?\s*\band\b)\s*{_NAME}\s+in\s+[A-Z][\w'’-]+)+$")
_EDITORS = re.compile(r"^(?:editors?|editorial board|edited by|authors?|contributors?)\s*:\s*[A-Z][^,]*,", _I)
_NAMES_OUTLET = re.compile(rf"^{_NAME}(?:\s*(?:,|&|\band\b)\s*{_NAME})+\s+[-–—|]\s+(?:The\s+)?[A-Z][\w.]*"
                           rf"(?:\s+[A-Z][\w.]*){{0,3}}$")
_AUTHOR_BIO = re.compile(
    rf"^{_NAME}\s+(?:is|was|has been)\s+(?:a|an|the|our|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,3}})\b[^.]{{0,80}}"
    r"\b(?i:reporter|correspondent|editor|journalist|writer|analyst|fellow|researcher|(?:research )?associate|contributor|"
    r"columnist|producer|photographer|photojournalist|professor|lecturer|historian|scholar|academic)s?\b|"
    r"(?i:^(?:about the (?:authors?|writers?|reporters?|contributors?)|over de auteurs?|über (?:den|die) autor(?:in)?|"
    r"sobre (?:el|o|a) autora?|sull'autore|yazar hakkında)(?:\s*:|\s*$))")
_COVERS_BIO = re.compile(
    r"^[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s+(?:covers|reports on|reports from|writes about|is based in|"
    r"has (?:reported|written) (?:on|from|about)|has covered|"
    r"is an? (?:[\w-]+\s+){0,3}(?:reporter|correspondent|editor|journalist|writer|producer|photographer))\b"
    r"[^.]{0,100}\bfor\s+(?:the\s+)?[A-Z]|"
    r"^[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s+(?:writes|reports|works) for\s+(?:the\s+)?[A-Z]|"
    r"^(?-i:Covers|Writes about|Reports on|Has covered|Has reported (?:on|from))\s")  # "Z writes for MindaNews"; a bio
# without its subject ("Covers the war at sea, ...")
_SITE_CREDIT = re.compile(
    r"^(?:theme|powered|design|designed|developed|built|blog|hosted|site|website)\b.{0,40}\b(?:by|at|with)\b", _I)
_COMPANY = re.compile(r"^[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,5}\s+(?:S\.C\.|Ltd\.?|Limited|Inc\.?|LLC|PLC|S\.A\.|"
                      r"GmbH|Corp\.?|Co\.)$")  # a site's owner on a line of its own
_NEW_TAB = re.compile(r"\bopens? (?:in )?(?:a )?new (?:tab|window)\b", _I)
_CLICK_HERE = re.compile(r"^(?:please\s+)?(?:click|tap) here\b|\b(?:click|tap) here (?:to|for)\b", _I)
# A call to action: an imperative first word and a subscription or membership cue.
_CTA_ALONE = re.compile(r"^(?:keep up to date with|thanks? (?:you )?for reading)\b", _I)
_CTA_START = re.compile(
    r"^(?:sign|subscribe|join|get|receive|enter|follow|like|download|register|become|donate|support|keep up|"
    r"seguinos|s[ií]guenos|s[ií]gannos|sigue|"
    r"keep up to date|thanks? (?:you )?for reading|"
    r"stay|save|listen|go to|visit|find|recibe|reciba|suscr[ií]bete|suscr[ií]base|[uú]nete|inscr[ií]bete|"
    r"abonnez|inscrivez|"
    r"recevez|rejoignez|suivez|t[ée]l[ée]chargez)\b", _I)
_CTA_CUE = re.compile(
    r"\b(?:newsletters?|bulletins?|digest|inbox|e-?mail|subscribers?|subscription|updates|alerts|notifications|app|"
    r"episodes?|podcasts?|"
    r"member(?:ship)?|journalism|reading list|headlines|briefing|coverage|new posts|more (?:news|stories|coverage)|"
    r"correo|bolet[ií]n|noticias|courriel|actualit[ée]|l'essentiel|access|read the full|full (?:story|article)|"
    r"facebook|twitter|whatsapp|telegram|"
    r"instagram|youtube|tiktok|canal|channel)\b", _I)
# Footers of one site's article: where it was first printed, how to write to the newsroom, whose views
# it holds, who may read the rest.
_PUBLISHED_IN = re.compile(r"^(?:this (?:article|story|piece|op-ed|column) (?:was )?)?(?:first |originally )?"
                           r"(?:published|appeared|printed) (?:in|on|by)\s+(?:the\s+)?[A-Z]", _I)
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
_CONTACT = re.compile(r"^for (?:feedback|comments|complaints|inquiries|queries|corrections|tips)\b|\bcontact us\.?$|"
                      r"^for (?:further|more) information(?: and [\w ]{1,30}?)?,? (?:please )?contact\b", _I)
_DISCLAIMER = re.compile(r"\b(?:views|opinions) expressed (?:in|here|by|above|below)\b.{0,80}\b(?:authors?|writers?|contributors?|"
                         r"readers?|commenters?)\b"
                         r"|\b(?:do(?:es)?|may|might) not (?:necessarily )?(?:represent|reflect)\b.{0,60}\b(?:views|position)\b"
                         r"|\b(?:represents?|reflects?) the (?:views?|opinions?) of the (?:authors?|writers?)\b"
                         r"|\bnot responsible for the content of (?:external|third)"
                         r"|\bviews expressed\b.{0,80}\bnot (?:necessarily )?(?:represent|reflect)"
                         r"|\btraditional (?:custodians|owners) of (?:the )?(?:lands?|country)\b"
                         r"|\breflects? only the (?:views?|opinions?) of\b|\btakes? no (?:collective|institutional) positions?\b",
                         _I)
# A language switcher, a reactions widget, a machine-summary notice, a forum thread's header.
_LANGUAGE_NAMES = frozenset(
    "english français francais deutsch italiano español espanol português portugues polski русский русский "
    "українська türkçe turkce ελληνικά magyar فارسی العربية عربي arabic հայ հայերեն 中文 日本語 한국어 "
    "nederlands svenska dansk norsk suomi čeština română български српски hrvatski kurdî kurdish dari pashto "
    "پښتو دری urdu اردو hindi हिन्दी bengali বাংলা en eng ru rus рус uk ukr укр fr de es esp ar fa tr tür it pt "
    "pl nl zh ja ko ku ps ur hi bn az ka hy".split())
_REACTIONS = re.compile(r"^what['’]?s your reaction\b|^reactions?\s*:", _I)
# Page furniture of round 7: a link list's bracketed URLs, weather and market widgets, advertisement
# markers, page counters, licence and last-edited lines, a transcript's stage cues, contacts and "About
# <organisation>" boxes, template placeholders, forum user names, a caption ending in an agency's name
_BRACKETED_URL = re.compile(r"\((?:https?://|www\.)[^)\s]+\)")
_WEATHER = re.compile(r"-?\d{1,2}\s?°\s?[CF]\b")
_MARKET = re.compile(r"\(\s*[-+−]?\d+(?:[.,]\d+)?\s?%\s*\)|\b[A-Z]{3}/[A-Z]{3}\b|\b\d+\s?[A-Z]{3}\s?=\s?\d")
_AD_MARK = re.compile(r"^(?:advertisement|advertisements|sponsored(?: content)?|publicidad|publicité|anzeige|"
                      r"reklam|реклама|xayaysiis|ad)\b\s*(?:$|[|:·-])", _I)
_BRACKETED_BUTTONS = re.compile(r"(?:\[[^\[\]]{1,30}\]\s*){2,}|^(?:\([^()]{1,12}\)\s*){3,}$")  # "(1) (2) (Reply)"
_PAGE_OF = re.compile(r"^page\s+\d+\s+(?:of|/)\s+\d+$", _I)
_LICENCE = re.compile(r"\bcreative commons\b|\blicen[cs]ed under\b|\breprodu\w+ (?:autorizad|permitid|prohibid|"
                      r"proibid|interdit|autoris)|^(?:this page|this article) was last "
                      r"(?:edited|modified|updated) on\b|^last (?:edited|modified) on\b", _I)
_STAGE_CUE = re.compile(r"^\((?:SOUNDBITE|BEGIN|END|MUSIC|APPLAUSE|LAUGHTER|CROSSTALK|INAUDIBLE|BREAK|NATURAL "
                        r"SOUND|AMBIENT|SOUND)[A-Z ,'’-]*\)$")
_CONTACT_LINE = re.compile(r"^(?:tel|phone|mobile|fax|e-?mail|whatsapp)\s*[.:]\s*[+\d(\w]|^media contacts?$|"
                           r"^press contacts?$", _I)
_OWNER = re.compile(r"(?:©|(?i:\bcopyright\b)|\(c\))\s*(?:(?i:copyright)\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?"
                    r"(?:The\s+)?([A-Z][\w&.'’-]*(?:\s+(?:[A-Z][\w&.'’-]*|for|of|on|and|und|de|du|la)){0,7})")
_BYLINE_LABEL = re.compile(r"^(?:(?:written |posted |reporting )?by|por|par|von|auteur|autor|autore|yazar|verfasser)"
                           r"\s*:?\s*", _I)
_REPLY_TITLE = re.compile(r"Re:\s+\S")
_SLUG = re.compile(r"[A-Z]{2,}(?:-[A-Z0-9]+){2,}")
_READER_LINE = re.compile(r"^[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}(?:\s+from\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?"
                          r"\s+(?:wrote|writes|commented|dit|escribi[óo]|escreveu|schrieb)\s*:\s+\S"
                          r"|^[A-Za-z][\w.-]*(?:_[\w.-]*|\d{2,})\s*:\s+[A-Z¿¡\"“]")
_READER_FROM = re.compile(r"^[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?,\s[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?$")  # "Ranjith, Kurunegala"
_READER_INITIAL = re.compile(r"^[^\W\d_][\w'’-]+(?:\s[^\W\d_][\w'’-]+)?\s[^\W\d_]\.$")  # "Jean-Robert D.", a reader
_REPORTER_RECORD = re.compile(rf"^{_NAME}\s+has (?:reported|written|worked) (?:on|from|about|in|as)\b|^{_NAME}\s+has covered\b")
_ABOUT_ORG = re.compile(r"^about\s+(?:the\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,4}$")
_TEMPLATE = re.compile(r"\{\{[^{}]{1,80}\}\}")
_USER_NAME = re.compile(r"[A-Za-z][\w.-]*(?:_[\w.-]*|\d{2,})")
_AGENCY_TAIL = re.compile(r"\((?:AP|AFP|Reuters|EPA|Getty(?: Images)?|Anadolu|AA|Xinhua|SANA|Sputnik|TASS|DPA|EFE|"
                          r"ANSA|Yonhap|PTI|ANI|IRNA|WAFA)\)$")
# an encyclopedia's infobox field ("Location   Crocus City Hall"); a search box's placeholder
_INFOBOX = re.compile(r"^(?:location|date|time|target|attack type|type|weapons?|deaths|injured|wounded|perpetrators?|"
                      r"motive|coordinates|belligerents|commanders?|casualties|result|status)\s{2,}\S", _I)
_SEARCH_BOX = re.compile(r"^search(?:\s+(?:for|this|the|our|by))?\b", _I)
# round 9: a clock time before a ticker item, a PDF's running footer with its page number, a counter after one
# word, a footnote, a host's bio and a show's blurb, an editors' list, a caption's dash credit or "<outlet> photo"
_CLOCK_TICKER = re.compile(r"^\d{1,2}[:.]\d\d\s{2,}\S")
_RUNNING_FOOTER = re.compile(r"^\S.{0,60}?\s{5,}\d{1,3}$")
_COUNT_ONLY = re.compile(r"[^\W\d_]+(?:\s[^\W\d_]+)?\s*\(\d+\)")
_FOOTNOTE = re.compile(r"^[¹²³⁴⁵⁶⁷⁸⁹⁰]+\s*\S|^\[\d{1,3}\]\s+\S")
_HOST_BIO = re.compile(r"^[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s+is\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?"
                       r"(?:host|co-host|anchor|presenter|producer)\s+(?:of|on|at|for)\s+[A-Z]")
_SHOW_BLURB = re.compile(r"^[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}\s+is\s+(?:[A-Z][\w/&.-]*\s+){0,2}[A-Z][\w/&.-]*['’]s\s+"
                         r"(?:[\w-]+\s+){0,2}?"
                         r"(?:podcast|newsletter|programme|program|show|radio show)\b")
_NOTICE = re.compile(r"^(?:previous|earlier|related) version\s*:|^read the (?:original|full) (?:article|story|"
                               r"report|statement)\b|^you are receiving this (?:e-?mail|newsletter|message)\b|"
                               r"^location of [A-Z][\w'’ -]{1,40} (?:within|in) [A-Z][\w'’ -]{1,40}\.?$|"
                               r"^(?:the )?audio version of this (?:article|story)\b|^listen to this (?:article|story)\b|"
                               r"^from [\w ]{2,30}, the free encyclopedia$|"
                               r"^this (?:segment|episode|interview|programme|program|story) (?:aired|was (?:first )?broadcast)\b|"
                               r"^this transcript (?:was|has been|is)\b", _I)
_READ_IN = re.compile(r"^(?:read|also available|this article is available) in [A-Z][a-z]+\b")
_MACHINE_SUMMARY = re.compile(r"\bAI[- ]generated\b|\bgenerated (?:by|with|using) (?:AI|artificial intelligence)\b|"
                              r"\busing AI to (?:generate|summari[sz]e|write)\b", _I)
_FORUM_META = re.compile(r"^(?:thread starter|start date|joined|messages|reaction score|quote\s*:?$|originally posted by|"
                         r"post by\s+\S+(?=\s+»)|"
                         r"last edited by|posting rules$|you may not post|all times are (?:gmt|utc)|"
                         r"«?\s*previous thread|search this thread)\b", _I)
_FORUM_USER = re.compile(r"^\S{2,30}\s{2,}(?:(?:senior|junior|new|active|full|veteran)\s+)?(?:member|moderator|"
                         r"administrator|admin|guest|user)\s{2,}(?:posts|messages)\s*:\s*[\d,.]+$", _I)
_MEMBER_SINCE = re.compile(r"^(?:member since|membre depuis|miembro desde|membro desde|mitglied seit)\s*:?\s*\d{4}\b", _I)
_REPLY_NUMBER = re.compile(r"^#(?:[2-9]|[1-9]\d+)$")  # a forum thread's second post, and the replies after it
_APPEAL_LINE = re.compile(r"^support\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s*[!.]?$|"
                          r"^contribute (?:today|now|monthly)\b|\bnot ready to (?:support|donate|contribute)\b|"
                          r"^a message from\b|^dear (?:readers?|friends|subscribers)\b", _I)
# a caption with its credit in brackets and no full stop ("Fighters near X on October 27 (MNDAA)")
_BRACKET_CREDIT_CAPTION = re.compile(r"^[A-Z][^()\n]{10,250}[\w,]\s+\([^()\n]{2,30}\)$")
# a headline's tag ("... Governor visits (photos)"), no photo credit
_MEDIA_TAG = re.compile(r"\((?:photos?|videos?|pictures?|watch|listen|live|updated?|graphic|map)\)$", _I)
_PAYWALL = re.compile(r"^this is (?:a )?(?:subscribed|premium|paid|subscribers?['’]?[- ]only) (?:content|article|story)\b|"
                      r"^.{0,120}?\bplease (?:log ?in|sign in|register) (?:or|to) subscribe\b|"
                      r"^this (?:post|article|story|content|piece) is (?:only |exclusively )?(?:for|available "
                      r"(?:only |exclusively )?to) (?:paid |[A-Z][\w ]{0,20} )?(?:subscribers|members)\b", _I)
# Notes of the newsroom about the story: corrections, tips, e-mail and cache wrappers, site taglines in
# a label, comment headers of a forum.
_NEWSROOM_NOTE = re.compile(
    r"^(?:correction|clarification|editor['’]s note|update)\s*:\s*(?:an earlier|a previous|this (?:article|story))|"
    r"^(?:please\s+)?send (?:us )?(?:any |your )?(?:tips|corrections|feedback|comments|suggestions)\b|"
    r"^forwarded this (?:e-?mail|message|newsletter)\b|^subject\s*:|^this is google['’]s cache of\b|"
    r"^the current page could have changed\b|^tip: to quickly find\b|^submitted \d+ \w+ ago by\b|"
    r"^by\s+.{0,40}\b(?:reporter|correspondent|staff|desk|editor)s?\.?$|"
    r"^\S+ said:\s*↑?$|^this (?:page|story|post|blog) (?:will be|is being) updated\b|^click to expand\.{3}$|^discussion in ['‘].{1,80}['’] started by\b|"
    r"\b(?:apoya el periodismo|hazte (?:miembro|socio)|soutenez (?:notre|le) journalisme)\b", _I)
# "4th May 2025, 10:02   #2"; "ასევე წაიკითხეთ:  <headline>" (a label in another script than the teaser)
_POST_NUMBER = re.compile(r"(?:^|\s)#(?:[2-9]|[1-9]\d+)$")
_LOCAL_LABEL = re.compile(r"^[^\x00-\u024f:]{2,20}(?:\s[^\x00-\u024f:]{1,20}){0,3}:\s+(?=[A-Za-z\"'“‘])")
_NEGATED = re.compile(r"\b(?:not|never|no longer)\b|n['’]t\b", _I)
_LABELLED = re.compile(r"\S[:\u055d]\s*\S")  # "label: value" ("Լուսանկարը՝ Name")
_FORUM_COMMENT = re.compile(r"^\[[–-]\]\s+\S+\s+[\d.,]+k?\s+points?\b", _I)
# Pieces of a line set apart by separators or runs of spaces; a newsroom desk signing a story; a
# ticker or trending bar ("Breaking: ...", "Trending: #a #b").
_PIECES = re.compile(r"\s+[|•·»›]\s+|\s{2,}")
_WORD_GLUE = re.compile(r"(?<=[a-z]{3})(?=[A-Z][a-z]{2})")  # "Skip to main contentSkip to navigation"
_DESK = re.compile(
    r"\b(?:news ?desk|web ?desk|desk|staff|staff (?:writer|reporter|correspondent)|correspondent|reporter|"
    r"(?:senior |chief |news |staff |contributing )?(?:writer|editor|journalist)|"
    r"bureau|newsroom|redacci[oó]n|r[ée]daction)$", _I)
_EN_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_DATELINE = re.compile(r"[A-Z][^\n]{1,60}\s(?:[—–]|--)$|[A-Z][A-Z .'’-]{2,30}(?:,\s*[A-Z][\w .'’-]{1,30})?:?$|"
                       r"[A-Z]{3,}(?:\s[A-Z]{3,})?\s+[A-Z][a-z]+\s+\d{1,2},?\s+\d{4}$|"  # "NIAMEY December 12 2019"
                       r"[A-Z][a-z]+(?:\s[A-Z][a-z]+)?,?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
                       r"\s+\d{1,2}(?:\s+\([A-Z][\w .-]{1,30}\))?$|"  # "Bijapur Jan 6", "Quito, Jan 10 (Prensa Latina)"
                       r"[A-Z]{3,}(?:\s[A-Z]{3,})?,\s*[A-Z][\w .'’-]{1,30},\s*[A-Z][a-z]+\.?\s+\d{1,2}\.?\s*"
                       r"(?:[A-Z][\w.-]*(?:\s[A-Z][\w.-]*)?:)?$|"  # "BAKU, Azerbaijan, September 20. Trend:"
                       rf"(?!{_EN_WEEKDAY}\b)"
                       r"[A-Z][\w.'’-]+(?:\s[A-Z][\w.'’-]+){0,2},\s*\d{1,2}\s[A-Z][a-z]+\.?\s\d{4}$|"
                       r"[A-Z][A-Z\u00c0-\u00de\u0100-\u017f'’-]{2,20}(?:\s[A-Z][A-Z\u00c0-\u00de\u0100-\u017f'’-]{1,20}){0,2}$")
_PLACE_THEN = re.compile(r"([A-Z][\w.'’-]*(?:\s(?:and\s|/\s)?[A-Z][\w.'’-]*){0,4}),\s+(?:[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*)?,\s+)?"
                         r"(.+?)(?:\s*\([^()]{1,30}\))?$")
_PHONE = re.compile(r"\(\+\d{1,3}[\d\s]*\)\s*\d|\+\d{1,3}[\s.-]?\(?\d{1,4}\)?[\s.-]?\d{3,}")  # "(+57 1) 381 4000"
_SPEAKER = re.compile(r"^[A-Z][A-Z'’. -]{1,30}:\s")  # a transcript's "MAYNES: Thank you, Scott."
_TEMPERATURE = re.compile(r"-?\d{1,2}\s?°\s?[CF]\b")
_CAPS_THEN = re.compile(r"([A-Z][A-Z'’-]{2,}(?:\s[A-Z][A-Z'’-]{2,})?)\s+(\d.+)$")
_FROM_DESK = re.compile(r"^(?:from (?:our|an?) (?:own |special )?(?:correspondent|reporter)|reporting from)\b", _I)
_TICKER = re.compile(
    r"^(?:breaking(?: news)?|just in|trending(?: now)?|weather|alert|sponsored|newsletter|dernière minute|"
    r"[uú]ltima hora|flash|latest|en direct|en vivo|ao vivo|in diretta|habari za hivi punde)(?:\s*:|\s{2,}|\s*[|•·»▶►])\s*\S", _I)  # "BREAKING   Oil prices jump ..."
# A tag list glued to the lead sentence ("Tags Syria Aleppo Russia At least four people were killed ..."):
# the lead opens with a count or an article, or at the name whose phrase runs into the first verb
_TAG_RUN = re.compile(r"Tags\s+(?=[A-Z])")
_TAG_AFTER = re.compile(r"(?:^|(?<=[.!?\"\u201d] ))Tags\s+(?=[A-Z])")
_LEAD_OPENERS = frozenset("At A An The One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Fifteen Twenty "
                          "Thirty Forty Fifty Sixty Seventy Eighty Ninety Dozens Hundreds Thousands Several Some "
                          "Many More Nearly Around About Scores".split())
_LEAD_VERBS = frozenset("killed were was is are has have had struck returned repelled launched announced said says left "
                        "seized captured took targeted hit carried continued released claimed attacked began reported "
                        "died fled arrived pounded shelled bombed stormed entered withdrew agreed called accused warned "
                        "denied urged vowed met signed will would could".split())
_HASHTAGS = re.compile(r"^(?:[^\W\d_]+\s*:\s*)?(?:#\w+[\s,]*){2,}$")
# A labelled field ("Fecha de publicación: 20/01/2025", "Address: ...") and a glued clock ("20253:14 PMUpdated").
_FIELD = re.compile(r"^[^\W\d_][^:\n]{0,40}:\s+(?=\S)")
_GLUE = re.compile(r"(?<=\d)(?=[^\W\d_])|(?<=[^\W\d_])(?=\d)|(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
_DOMAIN = re.compile(r"(?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|info|news|[a-z]{2})", re.I)
_BRAND = re.compile(r"[a-z]{1,3}\d*[A-Z]\w")  # "gCaptain Staff", "i24NEWS": a name, not a wrapped line's end
_SCALED_NUMBER = re.compile(r"\d+(?:[.,]\d+)?[kKmM]\b")
# Chrome in another language than the article: French and Spanish function words (seen in pages of
# English news sites with French and Spanish menus), and lines in another script than the page's.
_FOREIGN_STOP = frozenset(
    "le la les des du au aux et est une pour sur dans par avec à vous nous notre votre plus "
    "el los las del y en por para con una su sus tu es más al lo se que qui ne pas ces sont "
    "der das und ist nicht mit für von zu dem des ein eine auf sie wir unser unsere ihre sich auch im "
    "não uma os às pelo pela il della delle che per ve bir bu için ile".split())
_NAME_PARTICLES = frozenset("de la da do du di le el al y e del das dos des van von der den bin ibn abu".split())
_ENGLISH_STOP = frozenset(
    "the a an of in on at to for from by with and or but is are was were be been has have had that this "
    "it its as which who their they he she his her not said after into over than also will would".split())


@dataclass(slots=True)
class _Unit:
    text: str          # the line as written (trailing spaces cut); wrapped lines joined by "\n"
    block: int         # index of the blank-line-separated block
    heading: int       # markdown heading level, 0 for none
    words: int
    sentence: bool     # ends like a sentence
    drop: str = ""     # why it is dropped ("" = kept)


def _units(raw: str) -> list[_Unit]:
    """Non-blank lines; a line starting in lower case after a long line that does not end a sentence
    is a hard-wrapped continuation and joins it (with its "\n"), unless it is a byline ("by ..."), a
    bare address (a short link under a headline), a camel-cased name ("gCaptain Staff"), a user name
    ("sulu_boy88   Member") or a date ("jeudi 29 août 2024")."""
    units: list[_Unit] = []
    parts: list[list[str]] = []
    block, blank = 0, True
    for line in raw.split("\n"):
        line = line.rstrip()
        stripped = line.lstrip()
        if not stripped:
            block += not blank
            blank = True
            continue
        heading = 0
        if stripped[0] == "#" and _HEADING.match(stripped):
            heading = len(stripped) - len(stripped.lstrip("#"))
        prev = units[-1] if units else None
        if (prev and not blank and not heading and not prev.heading and stripped[0].islower()
                and (stripped[0] <= "\u024f") == (prev.text.rstrip()[-1:] <= "\u024f")
                and not prev.sentence and prev.text[-1:] != ":" and len(prev.text) >= _WRAP_MIN
                and not _BYLINE.match(stripped) and not _URL_ONLY.match(stripped)
                and not _BRAND.match(stripped) and not _USER_NAME.fullmatch(stripped.split()[0])
                and not (_DIGIT.search(stripped) and len(stripped) < 40 and _is_date_line(stripped))):
            parts[-1].append(line)
            prev.words += _count_words(line)
            prev.sentence = _ends_sentence(line)
            prev.text = line          # last line, for the next continuation test; joined below
        else:
            units.append(_Unit(stripped, block, heading, _count_words(stripped), _ends_sentence(stripped)))
            parts.append([stripped])
        blank = False
    for unit, lines in zip(units, parts):
        unit.text = "\n".join(lines) if len(lines) > 1 else lines[0]
    return units


def _ends_sentence(text: str) -> bool:
    return _CITE_MARKS.sub("", text).rstrip(_CLOSERS)[-1:] in _FINAL   # "... rejected.[7]" ends one


def _count_words(text: str) -> int:
    return text.count(" ") + 1 if len(text) > _LONG else len(text.split())


def _heading_text(unit: _Unit) -> str:
    m = _HEADING.match(unit.text)
    return m.group(1) if m else unit.text


def _is_markup(text: str) -> bool:
    """A markdown image, a list of links or a bare address, with no prose of its own."""
    if _URL_ONLY.match(text):
        return True
    if "](" not in text or len(text) > 4000:
        return False
    rest = _LINK.sub("", text)
    return not any(ch.isalpha() for ch in rest)


_STAMP = re.compile(r"^(?:this (?:content|article|story|page|post|report) was )?(?:first |last |originally )?"
                    r"(?:published|updated|posted|modified)(?:\s+(?:on|at))?\s+", _I)
# A newsletter e-mail's greeting and section heads around the story it carries.
_NEWSLETTER_LINE = re.compile(r"\bhere(?:'s|’s| is) what you need to know\b|"
                              r"^today(?:'s|’s) (?:briefing|newsletter|edition)\b|\bforward this (?:e-?mail|newsletter)\b|"
                              r"^this (?:edition|newsletter|issue|episode|briefing) is (?:supported|sponsored|brought to you)"
                              r" by\b|^here(?:'s|’s| is) what(?:'s|’s| is) (?:on tap|inside|ahead)\b|"
                              r"^(?:top stor(?:y|ies)|also today|in other news|more headlines|today(?:'s|’s) headlines|"
                              r"also on our radar|number of the day|quote of the day|chart of the day)$", _I)
_GREETING = re.compile(r"^good (?:morning|afternoon|evening|day)\b", _I)
_FOREIGN_MONTH = re.compile(r"\b(\d{1,2})\.?\s+(?:de\s+)?[^\W\d_]{3,12}\.?,?\s+(?:de\s+)?(\d{4})\b"
                            r"(?:,?\s+(?:a las|à|às|alle|um|saat|saa)(?=\s+\d))?")


def _is_date_line(text: str) -> bool:
    """Only a date, a time, a weekday or a month-year banner ("MARCH 2021", "Updated: 3 March 2021 12:00",
    "January 27, 20253:14 PM UTCUpdated 3 hours ago"), or such a date after a field name
    ("Fecha de publicación: 20/01/2025"); a place in brackets or capitals may go with it."""
    field_name = _FIELD.match(text)
    if field_name and len(field_name.group().split()) <= 4 and _is_date_line(text[field_name.end():]):
        return True
    if _RELATIVE_TIME.match(text):
        return True
    clock = bool(_CLOCK.search(text))
    # a weekday in another language before a day, month and year and a time ("Ku wa Kabiri 28 Mutarama 2025 saa 10:15")
    weekday_words = 3 if clock and _FOREIGN_MONTH.search(text) else 0
    if not weekday_words and re.match(r"[^\W\d_]+,\s", text) and _FOREIGN_MONTH.search(text):
        weekday_words = 1  # "martedì, 11 febbraio 2025"
    text = _FOREIGN_MONTH.sub(r"\1 January \2", text)  # "23 Ekim 2024": a month in another language
    text = _ZONE.sub(" ", _GLUE.sub(" ", _CLOCK.sub(" 0 ", _BRACKETED.sub(" ", text))))
    words = _TOKEN.findall(text)
    while len(words) > 2 and words[0].lower() in _DATE_LINE_WORDS and _is_capital_place(words[-1]):
        words.pop()                  # "Updated - May 07, 2025 09:18 am IST - NEW DELHI"
    tokens = [t.lower() for t in words]
    if not tokens or len(tokens) > 18 or not any(t.isdigit() for t in tokens):
        return False
    # A place or section name may stand before the date ("ISTANBUL Jul 11, 2025", "Commentary / Africa 30 April 2025").
    lead = next((k for k, t in enumerate(tokens) if t.isdigit() or t in _DATE_LINE_WORDS), len(tokens))
    if lead > max(2, weekday_words) or lead > weekday_words and not all(w[:1].isupper() for w in words[:lead]):
        return False
    rest = tokens[lead:]
    if not all(t.isdigit() or t in _DATE_LINE_WORDS for t in rest):
        return False
    return clock or any(t in MONTHS for t in rest) or bool(_NUMERIC_DATE.search(text))


def _is_capital_place(word: str) -> bool:
    return len(word) > 1 and word.isupper() and not word.isdigit() and word.lower() not in _DATE_LINE_WORDS


def _is_widget(text: str, words: int) -> bool:
    """A counter or currency widget: no letters, or numbers with a few unit words ("343 $", "12 comments")."""
    if not any(ch.isalpha() for ch in text):
        return True
    if words > 6 or not any(ch.isdigit() for ch in text):
        return False
    return all(t.isdigit() or t in _WIDGET_WORDS for t in _TOKEN.findall(_SCALED_NUMBER.sub("0", text).lower()))


def _is_menu(text: str, words: int) -> bool:
    """A navigation bar: short items between separators, or a run of capitalised section names."""
    parts = _MENU_SPLIT.split(text)
    if len(parts) >= 3 and all(len(p.split()) <= 4 for p in parts):
        return True
    if words < 5 or words > 20:
        return False
    tokens = text.split()
    if not all(t[:1].isupper() or not t[:1].isalpha() for t in tokens):
        return False
    low = [t.lower().strip(".,:;|") for t in tokens]
    return not any(t in _STOP for t in low) and sum(t in _NAV_WORDS for t in low) >= 2


def _chrome(u: _Unit) -> str:
    """Why a line is chrome wherever it stands ("" when it may be article text)."""
    text, words = u.text, u.words
    if u.heading:
        return "markup" if _is_markup(_heading_text(u)) else ""
    if ("](" in text or text[:4].lower() in ("http", "www.")) and _is_markup(text):
        return "markup"
    if not _LETTER.search(text):
        return "widget"
    if _SLUG.fullmatch(text):
        return "slug"  # a wire story's keyword slug ("IRAQ-SECURITY-IS")
    if len(text) > _LONG:
        return ""
    reason = _embed_or_credit(u)
    if reason:
        return reason
    if words <= 14 and _DIGIT.search(text):
        if _is_widget(text, words) or words <= 10 and _PIECES.search(text) and _TEMPERATURE.search(text):
            return "widget"  # "Sarajevo   24°C   |   Petak, 11. juli 2025."
        stamp = _STAMP.match(text)
        if _is_date_line(text[stamp.end():] if stamp else text):
            return "date"  # "This content was published on August 25, 2025 - 18:34"
    # a greeting is short; a longer one may open the story itself ("Good morning and welcome to SitRep. I'm ...")
    if words <= 14 and _NEWSLETTER_LINE.search(text) or words <= 8 and _GREETING.match(text):
        return "newsletter"  # "Good evening, readers.", "Here is what you need to know today.", "TOP STORY"
    if words <= 30 and _RIGHTS.search(text):
        return "copyright"
    if words <= 60 and ("©" in text or "(c)" in text.lower() or _CREDIT.search(text)
                        or not _CUE_WORDS.isdisjoint(_LOWER_WORD.findall(text.lower()))):
        reason = _cue_reason(text, words)
        if reason:
            return reason
    if words <= 24 and (_PIECES.search(text) or _WORD_GLUE.search(text)):
        reason = _pieces_reason(text)
        if reason:
            return reason
    if u.sentence and words > 3:
        return ""
    if words <= 5 and _BUTTON.search(text):
        return "button"
    if words <= 2 and _META_FIELD.match(text):
        return "field"
    if words <= 6 and _CAPTION_WORD.search(text):
        return "caption"
    if (words <= 6 or (words <= 10 and _DIGIT.search(text))) and _BYLINE.match(text) \
            or words <= 6 and _DESK.search(text) or words <= 8 and _FROM_DESK.match(text):
        return "byline"
    if words <= 25 and (_TICKER.match(text) or _HASHTAGS.match(text)):
        return "ticker"
    if _is_menu(text, words):
        return "menu"
    tokens = text.lower().split()
    if len(tokens) >= 3 and sum(t.strip("|·•,") in _LANGUAGE_NAMES for t in tokens) >= 0.8 * len(tokens):
        return "languages"
    return ""


def _embed_or_credit(u: _Unit) -> str:
    """An embedded post, a photo caption or credit, a newsroom credit or author box, a call to
    action ("" when none)."""
    text, words = u.text, u.words
    quoted = bool(_QUOTE.search(text))
    if words <= 80 and (("." in text and _EMBED_LINK.search(text)) or ("(@" in text and (
            _POST_SIGNATURE.match(text) or _POST_INLINE.match(text)))):
        return "embed"
    if words <= 15 and (_EMBED_CARD.match(text) or ("(@" in text and _HANDLE.search(text) and not u.sentence)
                        or _PLATFORM_SIGNATURE.match(text)):
        return "embed"
    if words <= 60 and not quoted and (_GALLERY.match(text) or ("/" in text and _AGENCY_CREDIT.search(text))
                                       or (text[-1:] in ")]" and _CREDIT_TAIL.search(text))
                                       or _DASH_CREDIT.search(text) or _CREDIT_AFTER.search(text)
                                       or _CREDIT_END.search(text)
                                       or _PHOTO_OF.match(text) or _CAPTION_CUE.search(text)
                                       or (words <= 6 and _PHOTO_CREDIT.match(text) and not _BYLINE.match(text))
                                       or (words <= 8 and not u.sentence and _SHORT_CREDIT.match(text))):
        return "caption"
    if words <= 40 and not u.sentence and not quoted and _PLATFORM_CREDIT.search(text):
        return "caption"         # "Columns on the highway, Telegram channel Grey Zone"
    if words <= 40 and (_CREDIT_LINE.match(text) or _CONTRIBUTED.search(text)):
        return "byline"
    if words <= 60 and _ORG_BLURB.match(text) or words <= 60 and not quoted and not _REPORTED.search(text) and (
            _SITE_DOES.search(text) and _AUDIENCE.search(text) or _OFFICIAL_SOURCE.search(text) or _ABOUT_LABEL.match(text)):
        return "about"
    if words <= 12 and _AGE_NOTICE.match(text):
        return "notice"
    if words <= 60 and not quoted and _REUSE.search(text) and not _REPORTED.search(text) \
            and (_US.search(text) or _WE.search(text) or _PERMISSION.search(text)):
        return "rights"
    if 8 <= words <= 60 and not quoted and _FUNDING_APPEAL.search(text) and not _REPORTED.search(text) \
            and (_READER.search(text) or _US.search(text) or _WE.search(text) or _MY_WORK.search(text)):
        return "appeal"
    if words <= 16 and not u.sentence and (_BYLINE_LIST.match(text) or _NAME_LIST.match(text)
                                           or _NAMES_OUTLET.match(text) or _NAMES_ONLY.match(text) or _NAMES_IN.match(text)
                                           or _EDITORS.match(text)):
        return "byline"
    if words <= 14 and " by " in text:
        when, _, who = text.rpartition(" by ")
        when = re.split(r",\s|\s[—–]\s", when)[0] if not u.sentence else when
        if len(who.split()) <= 4 and _DIGIT.search(when) and _is_date_line(when):
            return "byline"          # "Posted on December 21, 2024 by ko_thura"
    if words <= 60 and (_AUTHOR_BIO.match(text) or _COVERS_BIO.match(text)):
        return "author box"
    if words <= 12 and _SITE_CREDIT.match(text) or words <= 8 and _COMPANY.match(text):
        return "footer"
    if words <= 20 and (_PUBLISHED_IN.match(text) or _CONTACT.search(text)) or \
            words <= 30 and _EMAIL.search(text) and not _REPORTED.search(text):
        return "footer"
    if words <= 60 and not quoted and _DISCLAIMER.search(text):
        return "disclaimer"
    if words <= 30 and _PAYWALL.match(text):
        return "paywall"
    if words <= 40 and _NEWSROOM_NOTE.search(text):
        return "newsroom note"
    if words <= 80 and not quoted and _APPEAL_LINE.search(text):
        return "appeal"
    if words <= 20 and _REACTIONS.match(text) or words <= 40 and _MACHINE_SUMMARY.search(text):
        return "widget"
    reason = _furniture(text, words, u.sentence, quoted)
    if reason:
        return reason
    if words <= 20 and (_FORUM_META.match(text) or _FORUM_USER.match(text)):
        return "field"
    if words <= 50 and not quoted and _BRACKET_CREDIT_CAPTION.match(text) and \
            (_DIGIT.search(text) or "," in text) and not _MEDIA_TAG.search(text):
        return "caption"
    if words <= 40 and not quoted and (_NEW_TAB.search(text) or _CLICK_HERE.search(text)
                                       or (_CTA_START.match(text) and _CTA_CUE.search(text))
                                       or _CTA_ALONE.match(text)):
        return "boilerplate"
    return ""


def _furniture(text: str, words: int, sentence: bool, quoted: bool) -> str:
    """Page furniture a line is whatever page it is on (round 7; "" when none)."""
    if words <= 40 and _BRACKETED_URL.search(text) and not _REPORTED.search(text):
        return "link"
    if words <= 14 and (_WEATHER.search(text) or _MARKET.search(text)) and not sentence:
        return "widget"
    if words <= 20 and _AD_MARK.match(text) or _PAGE_OF.match(text) or _TEMPLATE.search(text):
        return "widget"
    if _BRACKETED_BUTTONS.fullmatch(text):
        return "button"  # "[Share on Facebook] [Tweet] [Print]"
    if words <= 60 and not quoted and _LICENCE.search(text):
        return "rights"
    if _STAGE_CUE.match(text):
        return "notice"
    if words <= 12 and (_CONTACT_LINE.match(text) or _ABOUT_ORG.match(text) and not sentence):
        return "footer"
    if words == 1 and _USER_NAME.fullmatch(text) or words <= 3 and text.isupper() and "MEMBER" in text:
        return "user"
    if words <= 40 and not quoted and _AGENCY_TAIL.search(text) and not _REPORTED.search(text):
        return "caption"
    if words <= 25 and (_NOTICE.match(text) or _READ_IN.match(text)):
        return "notice"
    if words <= 60 and (text.startswith("^ ") or _FOOTNOTE.match(text)):
        return "citation"      # a wiki's reference list, a report's footnote
    if words <= 25 and (_CLOCK_TICKER.match(text) or _RUNNING_FOOTER.match(text)) or _COUNT_ONLY.fullmatch(text):
        return "widget"        # "13:02   Milano, incendio ...", "PISM BULLETIN        1", "Faallooyinka (0)"
    if words <= 30 and not quoted and (_HOST_BIO.match(text) or _SHOW_BLURB.match(text)) and not _REPORTED.search(text):
        return "author box"
    if _READING_TIME.match(text):
        return "widget"
    if words <= 20 and _INFOBOX.match(text) or words <= 8 and not sentence and _SEARCH_BOX.match(text):
        return "field"
    return ""


def _pieces_reason(text: str) -> str:
    """A line of short pieces between separators ("September 18, 2024 | Leave a comment") is chrome
    when every piece is chrome by itself (one short odd piece allowed among four or more)."""
    pieces = [p for p in _PIECES.split(_WORD_GLUE.sub("  ", text)) if p.strip()]
    if len(pieces) < 2 or len(pieces) > 8:
        return ""
    if _meta_line([p.strip() for p in pieces]):
        return "byline"
    if all(re.fullmatch(r"[A-Z]{2}", p.strip()) for p in pieces):
        return "languages"            # "TH   |   EN"
    if len(pieces) == 2 and _spelled_out(*(p.strip() for p in pieces)):
        return "banner"               # "ECFR   European Council on Foreign Relations"
    if pieces[0].strip().lower() in ("home", "inicio", "accueil", "startseite") and len(text.split()) <= 15:
        return "menu"                 # "Home   /   Democratic Republic of the Congo   /   Reports"
    if len(pieces) <= 3 and _bilingual([p.strip() for p in pieces]):
        return "banner"
    reasons, loose = [], 0
    for piece in pieces:
        piece = piece.strip()
        reason = _chrome(_Unit(piece, 0, 0, _count_words(piece), _ends_sentence(piece)))
        if not reason:
            reason = "comments" if _COMMENTS.search(piece) else ""
        if reason:
            reasons.append(reason)
        elif len(pieces) >= 4 and not loose and len(piece.split()) <= 2:
            loose += 1                # one odd button among a share bar's ("Send")
        else:
            return ""
    return reasons[0]


def _spelled_out(acronym: str, name: str) -> bool:
    """Whether `acronym` is the initials of the capitalised words of `name` ("ECFR", "European Council on
    Foreign Relations")."""
    initials = "".join(w[0] for w in name.split() if w[:1].isupper())
    return bool(re.fullmatch(r"[A-Z]{2,8}", acronym)) and len(name.split()) >= 2 and initials == acronym


def _bilingual(pieces: list[str]) -> bool:
    """A site's name or section in two scripts ("South24 Center for News and Studies   مركز سوث24 ..."): a
    piece mostly in a non-Latin script beside short Latin pieces that are no sentence."""
    latin = [_latin_share(p) >= 0.5 for p in pieces]
    return not all(latin) and any(latin) and \
        all(not lat or (len(p.split()) <= 8 and not _ends_sentence(p)) for lat, p in zip(latin, pieces))


_READING_TIME = re.compile(r"^(?:reading time|read time|temps de lecture|tiempo de lectura|tempo de leitura|tempo di lettura|"
                           r"lecture|lesezeit|lesedauer|leestijd|okuma süresi|czas czytania)\s*:?\s*\d+\s*"
                           r"(?:min|mins|minutes?|minutos?|minuti|minuten|minut|dk|dakika)\.?$", _I)


def _meta_line(pieces: list[str]) -> bool:
    """A story's date with its author, outlet, handle or comment count between separators ("25 January
    2025, 7:15 PM | Jane Roe | @Outlet", "Club of Mozambique | Friday, 17 May 2024 13:08 | 0 comments")."""
    if not 2 <= len(pieces) <= 5:
        return False
    dated = [bool(_DIGIT.search(p)) and _is_date_line(p) for p in pieces]
    return any(dated) and all(d or p.startswith("@") or _BYLINE.match(p) or _COMMENTS.search(p) or p == "/" or _READING_TIME.match(p)
                              or len(p.split()) <= 4 and all(w[:1].isupper() or w in ("of", "de", "the", "al")
                                                             for w in p.split())
                              or _NAMES_JOINED.match(p)  # "Alex Morgan and Priya Shah"
                              or _DOMAIN.fullmatch(p)  # "aNiamey.com"
                              or len(p.split()) <= 2 and p.split()[-1][:1].isupper()  # "bianet English"
                              and not any(w.lower() in _ENGLISH_STOP for w in p.split())
                              for d, p in zip(dated, pieces))


def _cue_reason(text: str, words: int) -> str:
    """The boilerplate a line with a cue word is: cookie notice, copyright, reader-directed
    newsletter/donation box, tag list or photo credit ("" when none)."""
    if _COOKIE.search(text) and (_COOKIE_CONTEXT.search(text) or _WE_USE_COOKIES.search(text)):
        return "cookie notice"
    if _COPYRIGHT.search(text) and words <= 30 or text.startswith("©") and words <= 80:
        return "copyright"
    quoted = bool(_QUOTE.search(text))
    if words <= 45 and not quoted and (_READER.search(text) or _US.search(text)) and _STRONG_CUE.search(text) \
            and not _REPORTED.search(text):
        return "boilerplate"
    if _LABEL.match(text) and words <= 40:
        return "label"
    if _CREDIT.search(text) and words <= 40 and not quoted:
        return "caption"
    return ""


def _marker(u: _Unit) -> str:
    """'comments' or 'related' for a section header that opens a comment thread or a link list,
    'teaser' for a "Related: <headline>" line inside the article (it hides nothing after it)."""
    if u.words <= 20 and (_RELATED_INLINE.match(u.text) or _RELATED_BARE.match(u.text) or _LOCAL_LABEL.match(u.text)):
        return "teaser"
    number = _POST_NUMBER.search(u.text)
    if number and u.words <= 10 and _is_date_line(u.text[:number.start()].strip(" ,")):
        return "comments"  # a forum thread's second post: replies follow
    if u.words <= 40 and (_THOUGHTS_ON.match(u.text) or _FORUM_COMMENT.match(u.text) or _FORUM_USER.match(u.text)
                          or _MEMBER_SINCE.match(u.text) or _REPLY_NUMBER.match(u.text)):
        return "comments"  # "12 thoughts on ...", a forum's "[–] user 4.1k points 1 year ago", "user   Member   Posts: 412"
    if _reader_header(u) or u.words <= 40 and _REPLY_TITLE.match(u.text) or u.words <= 80 and _READER_LINE.match(u.text):
        return "comments"  # "Re: <the thread's title>": a forum reply
    if u.words > 8 or (u.sentence and not u.text.endswith("?")) and u.words > 3:
        return ""
    text = _heading_text(u) if u.heading else u.text
    if _COMMENTS.search(text):
        return "comments"
    if any(_RELATED.search(piece.strip()) for piece in text.split(" / ")):
        return "related"       # "Tin liên quan / Related news:"
    return ""


def _reader_header(u: _Unit) -> bool:
    """A reader's name and the comment's date: "Paul N. dit :   3 août 2020 à 11:30", "Jean-Robert D.   1 avril 2025",
    "Wanjiru K. · 2 hours ago", "dijaspora_bern   prije 1 sat", "Ranjith, Kurunegala   19 May 2009 03:02 pm"."""
    pieces = _PIECES.split(u.text)
    if len(pieces) != 2 or u.words > 14:
        return False
    name, when = pieces
    if _COMMENTS.search(name) or _READER_INITIAL.match(name):
        return _is_date_line(when)
    if _READER_FROM.match(name) and lookup(name.split(",")[0]) is None:
        return bool(_CLOCK.search(when)) and _is_date_line(when)  # a name and a town, the comment's date and time
    return u.words <= 8 and len(name.split()) <= 3 and (_is_cap_name(name) or bool(_USER_NAME.fullmatch(name))) \
        and bool(_RELATIVE_TIME.match(when)) and bool(re.match(r"(?:\d+|an?|one|prije|vor|há|fa)\s", when, _I))


def _is_prose(u: _Unit) -> bool:
    return not u.heading and ((u.words >= 8 and u.sentence) or u.words >= 25 or len(u.text) > _LONG)


def _opens_body(u: _Unit) -> bool:
    """Prose that can be the article's first paragraph: not a numbered or bulleted item, not a
    question put to the reader (a survey or ad-feedback box above the page)."""
    return _is_prose(u) and not _LIST_ITEM.match(u.text) \
        and not (u.text.endswith("?") and _READER.search(u.text))


def _is_strong_prose(u: _Unit) -> bool:
    return not u.heading and ((u.words >= 12 and u.sentence) or u.words >= 25 or len(u.text) > _LONG)


def _is_cap_name(text: str) -> bool:
    """A reader's name: capitalised words or a handle, not 'By ...'."""
    words = text.split()
    return bool(words) and words[0].lower() != "by" and all(w[:1].isupper() or w[:1] == "@" for w in words)


def _unpunctuated_prose(u: _Unit) -> bool:
    """A paragraph whose full stop a crawler lost: longer than a headline, in lower-case words, in one
    piece (not "Previous article  <title>  Next article  <title>")."""
    words = u.text.split()
    return not u.heading and len(words) >= 18 and sum(w[:1].islower() for w in words) >= 0.6 * len(words) \
        and not _PIECES.search(u.text)


def _is_appeal(u: _Unit) -> bool:
    """A reader appeal: short, addressed to the reader, a question/exhortation or a call to support."""
    text = u.text
    if u.words > 60 or len(text) > _LONG or _QUOTE.search(text) or _REPORTED.search(text):
        return False
    if _FUNDING_APPEAL.search(text) and (_READER.search(text) or _US.search(text) or _WE.search(text)
                                         or _MY_WORK.search(text)):
        return True
    if u.words > 30:
        return False
    if _READER.search(text):
        return text.endswith(("?", "!")) or bool(_APPEAL_CUE.search(text))
    return bool(_SUPPORT_US.search(text)) or (text.endswith(("?", "!")) and bool(_US.search(text)))


def _norm(text: str) -> str:
    return " ".join(text.casefold().split())


def _title_text(unit: _Unit) -> str:
    """The headline of a title line: without '#' marks, a "title:" field name, or a trailing
    site name or section path ("... | Jordan Times", "... - Region - World - Ahram Online")."""
    text = _heading_text(unit) if unit.heading else unit.text
    field_name = _FIELD_TITLE.match(text)
    if field_name:
        text = text[field_name.end():]
    text = " ".join(text.split())
    for splitter, min_tail in ((_SITE_PIPE, 1), (_SITE_DASH, 2)):
        parts = splitter.split(text)
        if len(parts) > min_tail and len(parts[0].split()) >= 3 and all(len(p.split()) <= 4 for p in parts[1:]):
            return parts[0]
    return text


def _headline_shaped(u: _Unit, first: bool, units: list[_Unit], i: int) -> bool:
    """Title-like: one line, 2-30 words, starts with a capital or digit, no final period (a period
    only for a first, stand-alone, one-sentence headline-ese line such as "40 Syrians die in blast.")."""
    text = u.text
    if u.heading or u.drop or "\n" in text or not 2 <= u.words <= 30 or not 8 <= len(text) <= 250 \
            or _LIST_ITEM.match(text):
        return False
    field_name = _FIELD_TITLE.match(text)
    if field_name and first:
        return True
    start = next((ch for ch in text if ch.isalnum()), "")
    if not (start.isupper() or start.isdigit()) or text.endswith((",", ";", ":")):
        return False
    if not text.endswith("."):
        return True
    if not first or u.words > 20 or any(ch in text for ch in ",;") or _INNER_BOUNDARY.search(text):
        return False
    if any(o.block == u.block for o in units[i + 1:i + 2]):
        return False                       # a headline stands alone in its block
    low = [w.lower() for w in _WORD.findall(text)]
    return bool(low) and low[0] not in _NOT_HEADLINE_START and not _PAST_AUX.intersection(low)


def _pick_title(units: list[_Unit], first_prose: int, latin: bool, english: Callable[[], bool]) -> int | None:
    """Index of the headline among the lines above the first prose paragraph, or None."""
    kept = [i for i, u in enumerate(units) if not u.drop]
    if len(kept) < 2:
        return None
    first_kept = kept[0]
    near = [i for i in kept[:60] if i <= min(first_prose + 1, first_kept + 40)]
    candidates: list[int] = []
    for i in near:
        if i > first_prose or i > first_kept + 30:
            break
        u = units[i]
        if u.heading == 1:
            return i if i != kept[-1] else None
        if i == first_prose and (u.words > 20 or any(o.block == u.block for o in units[i + 1:i + 2])):
            break                          # long prose is a headline only standing alone
        if _headline_shaped(u, i == first_kept, units, i):
            candidates.append(i)
    candidates = [i for i in candidates if i != kept[-1] and not _menu_follows(units, i)
                  and not _other_language(units[i].text, latin, english)]  # not a tagline in the site's language
    candidates = [i for i in candidates if not any(  # a site's name beside its initials ("ICRC")
        _spelled_out(o.text, _title_text(units[i])) for o in units[max(i - 1, 0):i + 2])]
    # a tagline above the site's menu or language switcher, a section label beside the site's name
    # ("Press releases   Office of the High Commissioner"), when a headline follows
    unlikely = [i for i in candidates if i + 1 < len(units) and units[i + 1].drop in ("menu", "banner")
                or len(_PIECES.split(units[i].text)) > 1 and len(_PIECES.split(units[i].text)[0].split()) < 3]
    candidates = [i for i in candidates if i not in unlikely or not any(
        j > i and units[j].words >= 6 and j not in unlikely for j in candidates)]
    candidates = [i for i in candidates
                  if not any(_is_breadcrumb(units[i].text, _norm(units[j].text)) for j in candidates if j != i)]
    if not candidates:
        return None
    repeated = [i for i in candidates if units[i].words >= 3 and any(
        _norm(units[j].text[:2 * len(_norm(units[i].text)) + 20]).startswith(_norm(units[i].text))
        for j in near if j != i)]
    placed = [i for i in candidates if _headline_context(units, i, first_prose)]
    # A doubled headline first, then the first long line (a headline has six words or more; site
    # names, section labels and document labels have fewer; a standfirst comes after it).
    for pool, least in ((repeated, 6), (repeated, 4), (candidates, 6), (placed, 4), (candidates, 4)):
        for i in pool:
            if units[i].words >= least:
                return i
    return candidates[0]


_CONTEXT_REASONS = frozenset({"date", "byline", "caption", "widget", "embed"})


def _menu_follows(units: list[_Unit], i: int) -> bool:
    """Whether the next two lines are menu items (a site name or section label stands above a
    menu; a headline does not)."""
    nxt = units[i + 1:i + 3]
    return len(nxt) == 2 and all(not o.drop and not o.sentence and o.words <= 3 and not o.heading
                                 for o in nxt)


def _headline_context(units: list[_Unit], i: int, first_prose: int) -> bool:
    """Whether a byline, date, caption or the first paragraph follows within four lines."""
    return any(j == first_prose or units[j].drop in _CONTEXT_REASONS
               for j in range(i + 1, min(i + 5, len(units))))


# "Afghan border forces stand beside their vehicles ... on Sunday morning.": a caption tells what a photo
# shows in the present tense, and when it was taken; a news sentence with its day is in the past
_PHOTO_DAY = re.compile(rf"\b(?:on|late on|early on)\s+(?:{_EN_WEEKDAY}|"
                        r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}|"
                        r"\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*)\b|"
                        rf"\b{_EN_WEEKDAY}['’]s\b")
_DAY_WORDS = frozenset(MONTHS) | WEEKDAYS
_STATEMENT_VERBS = frozenset("""say tell condemn welcome call urge express announce note reiterate deplore reaffirm inform
commend appeal demand warn deny confirm report claim""".split())  # a press release speaks in the present tense
_DATELINE_OPENS = re.compile(r"[A-Z][A-Z .'’-]{2,30}(?:,\s*[A-Z][\w .'’-]{1,30})?\s*(?:\([^()]{1,30}\))?\s*[–—:-]\s")
_MAX_TAGGED = 200  # distinct caption candidates tagged on one page


def _present_captions(units: list[_Unit]) -> None:
    """Mark the lines that open with a sentence in the present tense saying on which day it happens, with
    no modal verb, no speech and no past verb of its own ("M23 fighters walk along a main road in Bukavu on
    Sunday. Many shops stayed shut ..."), or that are one such sentence with no past verb at all: photo
    captions. Only such candidate lines are tagged (spaCy). (Over the labelled lines of the cleaning bench,
    dev to test14, and 1,030 real articles: 16 chrome lines of 460 candidates, no article line.)"""
    todo = [u for u in units if not u.drop and not u.heading and 6 <= u.words <= 45 and u.text[:1].isupper()
            and u.text.rstrip(")").endswith((".", ")")) and not _QUOTE.search(u.text) and _PHOTO_DAY.search(u.text)]
    texts = list(dict.fromkeys(u.text for u in todo))[:_MAX_TAGGED]  # a page repeating one line tags it once
    if not texts:
        return
    from orbat.extract import parse
    present = {text for text, doc in zip(texts, parse.parse(texts)) if _captions_a_photo(doc)}
    for u in todo:
        if u.text in present:
            u.drop = "caption"


def _day_of_a_participle(doc) -> bool:
    """Whether every day the line names belongs to a past participle's phrase ("The decree, signed on
    Tuesday, classifies 22 groups": the day of the signing, not of a photo)."""
    days = [t for t in doc if t.text.lower().rstrip("'s’") in _DAY_WORDS]
    return bool(days) and all(any(a.tag_ == "VBN" for a in t.ancestors if a != t.sent.root) for t in days)


def _captions_a_photo(doc) -> bool:
    """Whether a tagged candidate line reads as a photo caption (see `_present_captions`)."""
    sents = list(doc.sents)
    first = sents[0]
    if any(t.tag_ == "MD" or t.lemma_ in _STATEMENT_VERBS for t in first) or _DATELINE_OPENS.match(doc.text) or \
            _day_of_a_participle(doc):
        return False  # "JUBA – UNMISS strongly condemns an attack on Friday ...": a statement's lead, not a caption
    if len(sents) == 1 and not any(t.tag_ in ("VBZ", "VBP", "VBD", "MD") for t in doc) and doc.text.endswith("."):
        return True  # "RDF soldiers on patrol in Mocímboa da Praia on Sunday, August 8.": a scene, no news
    if len(sents) == 1 and any(t.tag_ in ("VBZ", "VBP") and t.dep_ not in ("aux", "auxpass") for t in doc) and \
            not any(t.tag_ == "VBD" or t.tag_ == "VBN" and t.dep_ != "amod" and t.head.tag_ != "NN" for t in doc):
        return True  # not "have announced that they are merging" (a present perfect is news)
    return first.root.tag_ in ("VBZ", "VBP") and bool(_PHOTO_DAY.search(first.text)) and \
        not any(t.tag_ == "VBD" and t.head == first.root for t in first)


def _mark(units: list[_Unit]) -> int | None:
    """Decide every line's fate in place; return the title's index."""
    for u in units:
        u.drop = _chrome(u)
    _present_captions(units)
    _taglines(units)
    first_prose = next((i for i, u in enumerate(units) if not u.drop and _opens_body(u)), len(units))
    latin, english = _latin_page(units), cache(lambda: _english_page(units))  # asked only if a line needs it
    title = _pick_title(units, first_prose, latin, english)
    title_key = _norm(_title_text(units[title])) if title is not None else None

    # Above the body: short non-sentence lines are bylines, categories, captions, buttons, and
    # above the headline any non-sentence line is (site names, taglines); a line after a photo
    # credit is its caption (a page with no prose at all keeps them: they may be all there is).
    # Markdown list items are content here, below the headline, and at the bottom (a passage's list
    # of member units), and so are a dateline on a line of its own above the first paragraph and a
    # live blog's first entry title.
    body = _body_start(units, first_prose)
    for i, u in enumerate(units[:-1]):
        if u.drop in ("date", "caption") and _opens_body(units[i + 1]) and _is_dateline(u):
            u.drop = ""                    # "Tripoli, 13 May 2025 (Agenzia Nova) –" above its paragraph
    for i, u in enumerate(units[:body]):
        above_title = title is not None and i < title
        if i == title or u.drop or u.heading or (_LIST_ITEM.match(u.text) and not above_title) \
                or (i >= first_prose and u.sentence) or (i + 1 < len(units) and _opens_body(units[i + 1])
                                                         and _is_dateline(u)) \
                or (i + 1 == first_prose or i + 1 < len(units) and _is_strong_prose(units[i + 1])) \
                and _entry_title(units, i) \
                or (i + 1 == first_prose and _subhead_question(u)):
            continue
        if title_key and _norm(u.text) == title_key:
            u.drop = "title repeat"
        elif above_title and u.text.endswith("?") and _READER.search(u.text):
            u.drop = "header"              # a survey or ad-feedback question above the headline
        elif first_prose < len(units) and (not u.sentence or u.words <= 2) and (
                u.words < 8 or (above_title and u.words <= 25)):
            u.drop = "header"
        elif i and units[i - 1].drop == "caption" and not u.sentence and u.words <= 30:
            u.drop = "caption"

    _caption_above_credit(units, title)
    _two_writers(units, title)

    # An embedded post's text stands above its "— Name (@handle) date" signature; a breadcrumb
    # ends with the headline; chrome in another language or script than the page's article.
    for i, u in enumerate(units):
        if i == title or u.heading:
            continue
        if u.drop == "embed" and i and _POST_SIGNATURE.match(u.text):
            prev = units[i - 1]
            if i - 1 != title and not prev.heading and prev.words <= 60:
                prev.drop = "embed"
        elif not u.drop and title_key and _is_breadcrumb(u.text, title_key):
            u.drop = "breadcrumb"
        elif not u.drop and u.words <= 40 and _other_language(u.text, latin, english):
            u.drop = "other language"

    # Repeated short non-sentence lines (share bars above and below the article; not a subhead
    # between two paragraphs that a contents list above repeats), and headlines of other stories
    # between two paragraphs.
    counts = Counter(_norm(u.text) for u in units if u.words <= 8 and not u.sentence and not u.heading)
    teasers = []
    for i, u in enumerate(units):
        if i == title or u.drop or u.heading:
            continue
        key = _norm(u.text) if u.words <= 8 else ""
        if title_key and key == title_key:
            u.drop = "title repeat"
        elif key and not u.sentence and counts[key] > 1 and not _between_prose(units, i):
            u.drop = "repeated"
        elif 6 <= u.words <= 20 and not u.sentence and u.text[-1:] != ":" and not _LIST_ITEM.match(u.text) \
                and _between_prose(units, i) and not _continued(u, units[i + 1]) and not _heads(u, units[i + 1]):
            u.drop = "teaser"
            teasers.append(u)
    _keep_subheads(teasers)

    # Section headers after the article: a comment thread hides the rest, a link list hides
    # what follows until article prose resumes.
    hiding, read = "", False  # read: an article paragraph kept since the body began
    long_lines = [u.sentence for u in units if u.words >= 18 and not u.heading]
    punctuated = 2 * sum(long_lines) > len(long_lines)  # a headline without its full stop resumes nothing
    for i, u in enumerate(units):
        if i <= first_prose or i == title:
            continue
        if hiding == "comments":
            u.drop = u.drop or "comments"
            continue
        marker = _marker(u)
        if marker == "comments" and not read and (_MEMBER_SINCE.match(u.text) or _FORUM_USER.match(u.text)
                                                  or _reader_header(u) or _REPLY_TITLE.match(u.text)
                                                  or _POST_NUMBER.search(u.text)):  # "20 Ene 2025 #601" opens a page
            marker = ""  # the first post's own header ("Membre depuis : 2009"), a byline: the article is still to come
        read = read or not u.drop and _is_strong_prose(u)
        if not marker and u.drop == "other language" and u.words <= 6 and not u.sentence \
                and not _LABELLED.search(u.text):
            marker = "related"  # "Zobacz także", "WARARKII UGU DAMBEEYAY": a section header in the site's language
            # ("ภาพ: ประชาไท", a photo credit in it, heads nothing)
        if marker == "comments" and _COMMENT_COUNT.match(u.text) and i + 1 < len(units) and _opens_body(units[i + 1]):
            u.drop = "widget"  # "0 commentaire" beside the byline, the article after it: a counter, no thread
        elif marker == "teaser":
            u.drop = marker
        elif marker:
            u.drop, hiding = marker, marker
        elif hiding == "related":
            if (_is_strong_prose(u) or _unpunctuated_prose(u) and not punctuated) and not _is_appeal(u) \
                    or u.text.endswith("[edit]"):  # a wiki's next section
                hiding = ""
            elif _entry_title(units, i) and i + 1 < len(units) and _is_strong_prose(units[i + 1]):
                hiding = ""  # a live blog's entry title under its time ("23:21"), its text below
            else:
                u.drop = u.drop or "related"

    _drop_bottom(units, first_prose)
    _describe_owners(units, title)
    _drop_bottom(units, first_prose)  # what an about box hid

    # Inside the body: a few short non-sentence lines between two chrome lines are chrome too
    # (an embed card's name and time between its platform and its view count).
    i = first_prose + 1
    while i < len(units):
        j = i
        while j < len(units) and j - i < 3 and _loose_line(units[j]) and j != title:
            j += 1
        if j > i and units[i - 1].drop and j < len(units) and units[j].drop:
            for k in range(i, j):
                units[k].drop = "between chrome"
        i = max(j, i + 1)
    return title


def _keep_subheads(teasers: list[_Unit]) -> None:
    """A short line between two paragraphs with no finite verb is the article's subhead ("Control of the south
    as currency", "A small group with an outsized role", "Port Sudan / Geneva, 15 April 2025"); another story's
    headline has one ("Sudan's army recaptures presidential palace in Khartoum"). Tagged with spaCy. (On the
    cleaning bench's halves dev to test17: 6 article lines of 6 verbless candidates, against 7 chrome lines with
    a verb, a colon, a bar or a second sentence.)"""
    todo = [u for u in teasers if u.words <= 10 and not re.search(r"[:|.]\S*\s|\n", u.text)
            and not _PIECES.search(u.text) and not _CLOCK.search(u.text)]
    if not todo:
        return
    from orbat.extract import parse
    for u, doc in zip(todo, parse.parse([u.text for u in todo])):
        if not _finite(doc):
            u.drop = ""


_FINITE_TAGS = frozenset({"VBZ", "VBP", "VBD", "MD"})


def _finite(doc) -> bool:
    """Whether a tagged line has a finite verb (or an imperative): a participle ("an outsized role") is none."""
    return any(t.tag_ in _FINITE_TAGS or t.tag_ == "VB" for t in doc)


def _taglines(units: list[_Unit]) -> None:
    """Above the site's first menu, a one-sentence line with no finite verb is the site's tagline ("Cameroon's
    independent daily, telling the stories that matter ..."), not the article's first paragraph. Tagged with spaCy."""
    menu = next((i for i, u in enumerate(units[:12]) if u.drop == "menu"), None)
    todo = [u for u in units[:menu or 0] if not u.drop and u.sentence and u.words <= 25 and "\n" not in u.text
            and not _INNER_BOUNDARY.search(u.text)]
    if not todo:
        return
    from orbat.extract import parse
    for u, doc in zip(todo, parse.parse([u.text for u in todo])):
        if not any(t.tag_ in _FINITE_TAGS for s in doc.sents
                   for t in [s.root, *(c for c in s.root.children if c.dep_ in ("aux", "auxpass"))]):
            u.drop = "header"  # no finite main verb ("the stories that matter" is a relative clause's)


def _drop_bottom(units: list[_Unit], first_prose: int) -> None:
    """The page's bottom: link titles, names, credits, contact fields and telephone numbers, short questions and
    reader appeals below the last sentence."""
    for i in range(len(units) - 1, first_prose, -1):
        u = units[i]
        if u.drop:
            continue
        if _LIST_ITEM.match(u.text):
            break
        if u.heading or _is_appeal(u) or (not u.sentence and u.words < 25 and not _unpunctuated_prose(u)) or (
                u.words <= 15 and (_FIELD.match(u.text) and not (u.sentence and _SPEAKER.match(u.text))
                                   or u.text.endswith("?"))) or u.words <= 25 and _PHONE.search(u.text):
            u.drop = "footer"
        else:
            break


def _owners(units: list[_Unit]) -> list[str]:
    """The page's owner: the copyright holder ("© 2024 KAAB TV. ..."), the masthead (a first line of up
    to four capitalised words) and a site's domain above the article ("ekantipur.com")."""
    names = []
    for u in units:
        m = _OWNER.search(u.text) if u.drop == "copyright" else None
        if m:
            names.append(re.split(r"\.\s|\s\(", m.group(1))[0].rstrip("."))
    if units and units[0].drop and units[0].words <= 4 and _is_cap_name(units[0].text) and not _PIECES.search(units[0].text):
        names.append(units[0].text)
    names += [m.group().lower().removeprefix("www.") for u in units[:3] if u.drop for m in _DOMAIN.finditer(u.text)]
    return [n for n in dict.fromkeys(names) if len(n) >= 3]


def _writers(units: list[_Unit], title: int | None) -> list[str]:
    """The article's writers: a byline's names ("By Hal Brennan", "Dana Levin, Yoav Shamir") or a bare name of two
    or three capitalised words between the headline and the second paragraph, and each one's first name."""
    names = []
    prose = [i for i, u in enumerate(units) if title is not None and i > title and not u.drop and _is_strong_prose(u)]
    end = prose[1] if len(prose) > 1 else len(units)  # a standfirst may come before the byline
    for u in units[(title or 0) + 1:end]:
        text = _BYLINE_LABEL.sub("", u.text) if u.drop == "byline" else u.text if u.drop == "header" else ""
        for name in re.split(r"\s*,\s*|\s+(?:and|&)\s+", text):
            if 2 <= len(name.split()) <= 3 and _is_cap_name(name) and not _PIECES.search(name) and not _DIGIT.search(name) \
                    and lookup(name) is None:  # not a section named for a country ("Burkina Faso")
                names += [name, name.split()[0]]
    return [n for n in dict.fromkeys(names) if len(n) >= 3]


def _describe_owners(units: list[_Unit], title: int | None) -> None:
    """Below the article's last paragraph, a sentence about the page's owner ("Ahval's news desk covers
    Turkey ...", "KAAB TV is a Somali television network ...", "ANGOP, the Angola Press News Agency, has been
    reporting ...") or a person's record as a reporter ("Olena Kravchuk has reported from the south of Ukraine
    since 2022") is an about box; so is any sentence opening with the owner's name when chrome stands between
    it and the article ("MONUSCO took over from an earlier UN mission ...")."""
    owners = _owners(units)
    writers = _writers(units, title)
    writer = re.compile(r"^(?:" + "|".join(map(re.escape, writers)) + r")\s+(?:is|was|has|had|spent|joined|covers|writes|"
                        r"worked|works)\b") if writers else None
    named = (r"^(?:(?:Since|Founded in|Established in)\s+\d{4},\s+)?(?:The\s+)?(?:" + "|".join(map(re.escape, owners)) +
             r")(?:\s+\([^()]{2,40}\))?(?:,\s+[^,]{3,60},)?")
    owner = re.compile(named + r"(?:['’]s\s+(?:[\w-]+\s+){0,3}?|\s+)"
                       r"(?:(?:is|was) (?:an?|the|one|part|(?:[A-Z][\w'’-]*\s){0,2}[A-Z][\w'’-]*['’]?s\s)|covers|publishes|brings|"
                       r"provides|offers|has (?:been )?(?:reported|reporting|covered|published|informed|provided|served))\b") \
        if owners else None
    owner_any = re.compile(named + r"\s+[a-z]") if owners else None
    about = {}  # line -> whether it describes its subject (else it only opens with the owner's name)
    for i, u in enumerate(units):
        if i != title and not u.drop and (u.sentence or u.words >= 12) and u.words <= 60:
            described = (owner and owner.match(u.text)) or (writer and writer.match(u.text)) or _REPORTER_RECORD.match(u.text)
            if described or (owner_any and owner_any.match(u.text)):
                about[i] = bool(described)
    last = max((i for i, u in enumerate(units) if i != title and not u.drop and _is_strong_prose(u) and i not in about),
               default=len(units))
    for i, described in about.items():
        if i > last and (described or any(u.drop for u in units[last + 1:i])):
            units[i].drop = "about"


def _two_writers(units: list[_Unit], title: int | None) -> None:
    """Two persons' names and nothing else ("Dana Levin, Yoav Shamir"), neither a place the lexicon knows, beside
    other chrome (a share bar, a date), are the byline; between two paragraphs they may be two towns."""
    for i, u in enumerate(units):
        m = _TWO_NAMES.match(u.text) if not u.drop and i != title else None
        if m and all(lookup(name) is None for name in m.groups()) \
                and (i and units[i - 1].drop or i + 1 < len(units) and units[i + 1].drop):
            u.drop = "byline"


def _caption_above_credit(units: list[_Unit], title: int | None) -> None:
    """A one-sentence line of up to 35 words, reporting nobody, right above a bare photo credit
    ("Jane Roe/Reuters", "Photo: AFP", "Courtesy of the ... media office"; not a story's "(AFP, Reuters)") is
    that photo's caption."""
    for i in range(1, len(units)):
        credit, prev = units[i], units[i - 1]
        if credit.drop != "caption" or credit.words > 8 or credit.sentence \
                or not (credit.words <= 6 and (_PHOTO_CREDIT.match(credit.text) or _CREDIT.match(credit.text))
                        or _SHORT_CREDIT.match(credit.text)) \
                or credit.text.lower().startswith("source"):     # "Source: agencies" credits the text
            continue
        if i - 1 != title and not prev.drop and not prev.heading and prev.words <= 35 \
                and "\n" not in prev.text and not _REPORTED.search(prev.text) \
                and not _INNER_BOUNDARY.search(prev.text) and not _LIST_ITEM.match(prev.text) \
                and not _NEGATED.search(prev.text):  # a photo shows what is, not what was not done
            prev.drop = "caption"


def _is_dateline(u: _Unit) -> bool:
    """A dateline on its own line: a place and maybe an agency before a dash ("GOMA, Congo (AP) —"),
    or a place in capitals before a colon ("DUBAI:")."""
    if u.words > 8:
        return False
    if _DATELINE.match(u.text):
        return True
    m = _PLACE_THEN.match(u.text) or _CAPS_THEN.match(u.text)  # "BOGOTÁ, Jan 20", "Juba, 8 March 2025 (PW)",
    # "BOSTON and MIREBALAIS, Haiti, April 1, 2025", "JUBA 11 July 2016"
    if not m or m.group(1).split()[0].lower() in _DATE_LINE_WORDS or not _DIGIT.search(m.group(2)) \
            or not _is_date_line(m.group(2)):
        return False
    first = re.split(r"\s(?:and|/)\s", m.group(1))[0]  # a place: in capitals, or one the lexicon knows (not "Jane Roe")
    known = lookup(first)
    return first.isupper() or (known is not None and known.type in ("place", "state"))


def _subhead_question(u: _Unit) -> bool:
    """An explainer's subhead right above its paragraph ("What happened?"), not a question to the reader."""
    return u.words <= 8 and u.text.endswith("?") and not _READER.search(u.text) and not _LIST_ITEM.match(u.text)


def _entry_title(units: list[_Unit], i: int) -> bool:
    """A live blog's entry title: three words or more, right under a line that is only a clock time."""
    return i > 0 and units[i].words >= 3 and not units[i].sentence \
        and bool(_CLOCK_ONLY.match(units[i - 1].text))


def _between_prose(units: list[_Unit], i: int) -> bool:
    """Whether the lines on both sides of line i are kept prose paragraphs."""
    return 0 < i < len(units) - 1 and all(not o.drop and _is_prose(o) for o in (units[i - 1], units[i + 1]))


def _heads(u: _Unit, nxt: _Unit) -> bool:
    """Whether a short line between two paragraphs is the next one's subhead: two of its content words
    ("A coalition formed on the eve of the elections") are in the paragraph it stands over."""
    if ":" in u.text or "|" in u.text or _CREDIT.search(u.text):
        return False  # "Read the report: ...", "... Photo | File | Nation Media Group"
    below = {w.casefold() for w in _WORD.findall(nxt.text)}
    return len({w.casefold() for w in _WORD.findall(u.text) if len(w) > 3 and w.casefold() not in _STOP} & below) >= 2


def _continued(u: _Unit, nxt: _Unit) -> bool:
    """A hard-wrapped line the next goes on from ("... the night of 31 March to 1 April" / "2025, units ...")."""
    return nxt.block == u.block and u.text[-1:].isalnum() and (nxt.text[:1].islower() or nxt.text[:1].isdigit())


def _loose_line(u: _Unit) -> bool:
    return not u.drop and not u.heading and (not u.sentence and u.words <= 10 or u.words <= 3) \
        and not _LIST_ITEM.match(u.text)


def _body_start(units: list[_Unit], first_prose: int) -> int:
    """Where the header zone ends: the first prose paragraph, unless it is a standfirst, that is, three
    or more lines follow it before the next prose and at least half of them are chrome already."""
    gap = []
    for j in range(first_prose + 1, min(first_prose + 15, len(units))):
        if _is_prose(units[j]) and not units[j].drop:
            if len(gap) >= 3 and 2 * sum(bool(units[k].drop) for k in gap) >= len(gap):
                return j
            break
        gap.append(j)
    return first_prose


def _is_breadcrumb(text: str, title_key: str) -> bool:
    """'Home / India News / <headline>': section names between separators, then the headline."""
    key = _norm(text)
    if not key.endswith(title_key) or key == title_key:
        return False
    pieces = [p for p in _SEPARATOR.split(text[:len(text) - len(title_key)].strip() + " ") if p.strip()]
    return 1 <= len(pieces) <= 6 and all(len(p.split()) <= 4 for p in pieces) and \
        bool(_SEPARATOR.search(text[:len(text) - len(title_key)] + " "))


def _latin_page(units: list[_Unit]) -> bool:
    """Whether most letters of the page's prose (of every line, if it has no long sentence) are Latin
    (then a line in another script is chrome): menus and appeals in Russian around an English article
    do not make it a Russian page."""
    prose = [u for u in units if u.sentence and u.words >= 12] or units
    return _latin_share("".join(u.text[:300] for u in prose)) >= 0.7


def _latin_share(text: str) -> float:
    """The share of a text's letters that are Latin (0 when it has none)."""
    letters = [ch for ch in text if ch.isalpha()]
    return sum(ch < "\u0250" for ch in letters) / len(letters) if letters else 0.0


def _english_page(units: list[_Unit]) -> bool:
    """Whether the page's prose (its first long sentences) is English, as py3langid reads it."""
    prose = " ".join(u.text for u in units if u.sentence and u.words >= 12)[:1000]
    return bool(prose) and detect_language(prose)[0] == "en"


def _foreign_line(text: str, english_page: Callable[[], bool]) -> bool:
    """A line of two words or more, no digit and none of English's function words, that py3langid reads as
    another language with probability 0.9 or more ("Zobacz także", "Najczęściej czytane", "Ka qayb qaado
    doodda"): on an English page, the site's own chrome. (Over the labelled lines of the cleaning bench,
    dev to test9, it takes 167 chrome lines and no article line; over the 805 real articles, no kept line.)"""
    item = _LIST_ITEM.match(text)
    text = text[item.end() - 1:] if item else text  # "1. Näin sää kehittyy": a most-read list's number
    words = _WORD.findall(text)
    stops = sum(w.lower() in _ENGLISH_STOP for w in words)
    if len(words) < 2 or stops > max(1, len(words) // 6) or not english_page():
        return False
    if _DIGIT.search(text) and len(words) < 8:
        return False
    lang, p = identify_language(text)
    if not stops and not _DIGIT.search(text) and lang != "en" and p >= 0.9:
        return True
    # "Ha a levél nem jelenik meg", "Učitaj još komentara": one word that English shares at most, lower-case
    # words (not a name: "General Armando da Cruz Neto", "Comandos de la Frontera"), and next to no chance of English, however
    # the rest is shared among close languages
    lower = [w for w in words if w.islower() and w not in _NAME_PARTICLES]
    return len(lower) >= 2 and english_share(text) <= 0.01


def _other_language(text: str, latin_page: bool, english_page: Callable[[], bool]) -> bool:
    """A line in another script than a Latin page's, in French or Spanish (two of their function
    words, none of English's, and a lower-case content word or a function word first), or, on an
    English page, a line py3langid reads as another language (`_foreign_line`)."""
    if latin_page and not text.isascii():
        letters = [ch for ch in text if ch.isalpha()]
        if letters and sum(ch >= "\u0250" for ch in letters) > 0.5 * len(letters):
            return True
    tokens = _WORD.findall(text)
    low = [t.lower() for t in tokens]
    foreign = sum(t in _FOREIGN_STOP for t in low)
    if foreign >= 2 and not any(t in _ENGLISH_STOP for t in low) and (
            low[0] in _FOREIGN_STOP or any(t.islower() and t not in _FOREIGN_STOP for t in tokens)):
        return True
    return _foreign_line(text, english_page)


def _capital(word: str) -> bool:
    return word[:1].isupper() or bool(re.match(r"(?:al|el|ad|an|as|ash|at|az|ar)-[A-Z]", word))


def _split_tag_run(text: str) -> tuple[str, str] | None:
    """(tags, lead) of a paragraph that opens with a tag list glued to its first sentence; the lead is
    empty when no sentence follows the tags; None when the paragraph opens with no tag list."""
    m = _TAG_RUN.match(text)
    if not m:
        return None
    words = text[m.end():].split(" ")
    verb = next((k for k, w in enumerate(words) if w in _LEAD_VERBS), len(words))
    openers = [k for k, w in enumerate(words[:verb]) if k >= 1 and w in _LEAD_OPENERS and
               (w != "At" or words[k + 1:k + 2] == ["least"])]
    starts = openers[-1:]
    if not starts and verb < len(words):
        k = verb - 1
        while k > 0:  # back over the lead's own words: lower case, or a name inside a lower-case phrase
            if _capital(words[k]) and _capital(words[k - 1]) and \
                    (k < 2 or words[k - 2] not in ("the", "of", "on", "in", "a", "an", "by", "and", "to", "near")):
                break
            k -= 1
        starts = [k] if k >= 1 else []
    if not starts:
        return text, ""
    lead = " ".join(words[starts[0]:])
    return text[:len(text) - len(lead)].rstrip(), lead


def clean_page(raw: str) -> CleanPage:
    """Split a crawled page into its headline, article paragraphs and dropped chrome lines."""
    raw = raw.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    units = _units(raw)
    title_i = _mark(units)
    title = _title_text(units[title_i]) if title_i is not None else None

    paragraphs: list[str] = []
    dropped: list[str] = []
    for i, u in enumerate(units):
        if i == title_i:
            continue
        if u.drop:
            dropped.append(u.text)
            continue
        text = _heading_text(u).strip() if u.heading else u.text
        if title and not paragraphs and not u.heading and text.startswith(title) \
                and text[len(title):len(title) + 1].isspace():
            text = text[len(title):].lstrip()
        for at in reversed([m.start() for m in _TAG_AFTER.finditer(text)]):  # at the start or after a sentence
            tags, lead = _split_tag_run(text[at:])
            dropped.append(tags)
            text = (text[:at] + lead).strip()
        if text:
            paragraphs.append(text)
    return CleanPage(title=title, text="\n\n".join(paragraphs), dropped=dropped)
