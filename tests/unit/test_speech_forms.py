"""Quote marks, sentence ends and speech without marks as Hindi news pages print them.

One test per rule, on hand-written Hindi (fictional people), rules only.
"""

from __future__ import annotations

import pytest

from consumer.extraction import QuoteExtractor
from consumer.extraction.quotes import find_quote_spans
from consumer.extraction.text import paragraphs, tokenize


@pytest.fixture(scope="module")
def rules() -> QuoteExtractor:
    return QuoteExtractor()


def _spans(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_quote_spans(text, 0, len(text))]


# -- quote marks (quotes.find_quote_spans) -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # straight singles
        ("किरण यादव ने कहा, 'हम इस फैसले के खिलाफ अदालत जाएंगे।'", ["हम इस फैसले के खिलाफ अदालत जाएंगे।"]),
        # doubled curly singles, with no mark left in the span
        ("मंत्री ने कहा, ‘‘सड़क अगले साल तक बन जाएगी।’’ फिर चले गए।", ["सड़क अगले साल तक बन जाएगी।"]),
        # mixed: doubled singles opening, a curly double closing, and the reverse
        ("कोच ने कहा, ‘‘टीम पूरी तरह तैयार है” और चले गए।", ["टीम पूरी तरह तैयार है"]),
        ("कोच ने कहा, “टीम पूरी तरह तैयार है’’ और चले गए।", ["टीम पूरी तरह तैयार है"]),
        # doubled backticks
        ("विधायक ने कहा, ``यह जनता की जीत है`` और धन्यवाद दिया।", ["यह जनता की जीत है"]),
        # two straight doubles typed to open, one to close
        (
            'अध्यक्ष ने कहा, ""बिक्री का यह सबसे बड़ा आंकड़ा होगा।" कंपनी ने श्रेय दिया।',
            ["बिक्री का यह सबसे बड़ा आंकड़ा होगा।"],
        ),
        # singles nest inside doubles
        ("उन्होंने कहा, \"हम 'सबका साथ' की बात करते हैं।\"", ["हम 'सबका साथ' की बात करते हैं।"]),
        # an apostrophe inside a name quotes nothing
        ("डेविड ओ'कॉनर आज दिल्ली पहुंचे और बैठक में शामिल हुए।", []),
        # a single-quoted label is too short to be a quotation
        ("उन्होंने 'डबल इंजन' की सरकार पर सवाल उठाए।", []),
        # a two-word quotation that ends as an utterance does
        ('कप्तान ने कहा, "हम जीतेंगे।"', ["हम जीतेंगे।"]),
    ],
)
def test_quote_marks(text: str, expected: list[str]) -> None:
    assert _spans(text) == expected


# -- sentences and lines (text) -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("गिरफ्तार कर लिया गया है. उससे", ["गिरफ्तार", "कर", "लिया", "गया", "है", ".", "उससे"]),
        ("काम पूरा था. अब", ["काम", "पूरा", "था", ".", "अब"]),
        ("पार्टी के. एल. वर्मा", ["पार्टी", "के.", "एल.", "वर्मा"]),
        ("डॉ. मीना", ["डॉ.", "मीना"]),
    ],
)
def test_latin_full_stop_ends_a_sentence_but_not_an_initial(text: str, words: list[str]) -> None:
    assert [t.text for t in tokenize(text)] == words


def test_every_line_break_ends_a_paragraph() -> None:
    text = "भाजपा का बड़ा हमला\nविधायक ने कहा कि सरकार विफल है।"
    assert [text[s:e] for s, e in paragraphs(text)] == [
        "भाजपा का बड़ा हमला",
        "विधायक ने कहा कि सरकार विफल है।",
    ]


def test_reported_speech_stops_at_a_latin_full_stop(rules: QuoteExtractor) -> None:
    text = "एसपी राजेश मीणा ने बताया कि आरोपी को गिरफ्तार कर लिया गया है. उससे पूछताछ जारी है."
    [quote] = rules.extract(text)
    assert quote.text == "आरोपी को गिरफ्तार कर लिया गया है"


def test_speaker_does_not_run_across_a_line_break(rules: QuoteExtractor) -> None:
    text = "भाजपा का बड़ा हमला\nविधायक सुनील शर्मा ने कहा कि सरकार हर मोर्चे पर विफल है।"
    [quote] = rules.extract(text)
    assert quote.speaker is not None and quote.speaker.text == "विधायक सुनील शर्मा"


def test_two_word_reported_clause(rules: QuoteExtractor) -> None:
    [quote] = rules.extract("डीएम ने कहा कि जांच होगी।")
    assert (quote.type, quote.text) == ("indirect", "जांच होगी")


# -- speech without marks (unmarked) ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "form", "speech", "speaker", "cue"),
    [
        # dash speech, the verb agreeing with an office
        ("एसपी बोले- आरोपी जल्द पकड़े जाएंगे", "dash", "आरोपी जल्द पकड़े जाएंगे", "एसपी", "बोले"),
        # dash speech is one sentence, without its danda
        (
            "मंत्री ने कहा- सड़क अगले साल तक बन जाएगी। हम बजट दे चुके हैं। इसके बाद वह चले गए।",
            "dash",
            "सड़क अगले साल तक बन जाएगी",
            "मंत्री",
            "कहा",
        ),
        # a post
        (
            "मुख्यमंत्री ने ट्वीट कर लिखा- प्रदेश के हर गांव में बिजली पहुंचेगी।",
            "dash",
            "प्रदेश के हर गांव में बिजली पहुंचेगी",
            "मुख्यमंत्री",
            "लिखा",
        ),
        # a headline's subject in the genitive, the verb's subject dropped
        (
            "अखिलेश का भाजपा पर हमला, कहा- जनता इस बार हिसाब लेगी",
            "dash",
            "जनता इस बार हिसाब लेगी",
            "अखिलेश",
            "कहा",
        ),
        # the dash glued to the next word
        (
            "कोच बोले-टीम फाइनल में पूरी ताकत से खेलेगी",
            "dash",
            "टीम फाइनल में पूरी ताकत से खेलेगी",
            "कोच",
            "बोले",
        ),
        # headline speech with the speaker after a colon
        (
            "किसानों की आय दोगुनी करेंगे : कृषि मंत्री रमेश तिवारी",
            "headline",
            "किसानों की आय दोगुनी करेंगे",
            "कृषि मंत्री रमेश तिवारी",
            ":",
        ),
        # ... after a spaced dash
        (
            "बजट में हर वर्ग का ध्यान रखा गया - वित्त मंत्री",
            "headline",
            "बजट में हर वर्ग का ध्यान रखा गया",
            "वित्त मंत्री",
            "-",
        ),
        # the subject closing the clause before the comma
        (
            "राज्यपाल पर बरसे मुख्यमंत्री, बोले- संविधान से ऊपर कोई नहीं",
            "dash",
            "संविधान से ऊपर कोई नहीं",
            "मुख्यमंत्री",
            "बोले",
        ),
        # a speech noun with its light verb before the dash
        (
            "अदालत ने टिप्पणी की- पढ़ा-लिखा व्यक्ति यह नहीं कह सकता कि वह कमा नहीं सकता।",
            "dash",
            "पढ़ा-लिखा व्यक्ति यह नहीं कह सकता कि वह कमा नहीं सकता",
            "अदालत",
            "टिप्पणी की",
        ),
        # a body before a headline's colon
        (
            "हाईकोर्ट: पत्नी को गुजारा भत्ता देने से नहीं बच सकता पति",
            "headline",
            "पत्नी को गुजारा भत्ता देने से नहीं बच सकता पति",
            "हाईकोर्ट",
            ":",
        ),
        # a Latin name after a headline's colon
        (
            "हम सिर्फ फाइनल खेलने नहीं, जीतने आए हैं : Meera Nair",
            "headline",
            "हम सिर्फ फाइनल खेलने नहीं, जीतने आए हैं",
            "Meera Nair",
            ":",
        ),
        # a dateline before the speech, the speaker after a dash with a space after it
        (
            "रामगढ़ : सुस्त और लापरवाह अधिकारी मुझे पसंद नहीं- सुधा",
            "headline",
            "सुस्त और लापरवाह अधिकारी मुझे पसंद नहीं",
            "सुधा",
            "-",
        ),
        # a long speaker before the genitive of a speech noun and the colon
        (
            "आईजी बस्तर पी सुंदरराज का दावा : मुठभेड़ में पांच माओवादी मारे गए",
            "headline",
            "मुठभेड़ में पांच माओवादी मारे गए",
            "आईजी बस्तर पी सुंदरराज",
            "दावा",
        ),
        # the speaker after the colon in brackets
        (
            "हर गांव तक सड़क पहुंचाएंगे : (मुख्यमंत्री रमेश साहू)",
            "headline",
            "हर गांव तक सड़क पहुंचाएंगे",
            "मुख्यमंत्री रमेश साहू",
            ":",
        ),
        # a present-tense verb, its auxiliary and a colon
        (
            "अभिनेत्री रीता सेन कहती हैं: ईमानदारी से, कोई दबाव नहीं था।",
            "dash",
            "ईमानदारी से, कोई दबाव नहीं था",
            "अभिनेत्री रीता सेन",
            "कहती हैं",
        ),
        # a headline's speaker before a colon, the verb's subject dropped after it
        (
            "जीत से उत्साहित कप्तान रोहन मेहता: मैच के बाद बोले- हम जीतने के लिए खेलते हैं",
            "dash",
            "हम जीतने के लिए खेलते हैं",
            "उत्साहित कप्तान रोहन मेहता",
            "बोले",
        ),
        # the subject before a comma, an adjective after it
        (
            "मेडल जीतकर पहलवान सुनीता मलिक खुश, बोलीं- अब जिंदगी में कोई कमी नहीं रहेगी",
            "dash",
            "अब जिंदगी में कोई कमी नहीं रहेगी",
            "पहलवान सुनीता मलिक",
            "बोलीं",
        ),
        # …a bare name too, right after a participle
        (
            "ओलंपिक में मेडल जीतकर सुनीता खुश, बोलीं- अब जिंदगी में कोई कमी नहीं रहेगी",
            "dash",
            "अब जिंदगी में कोई कमी नहीं रहेगी",
            "सुनीता",
            "बोलीं",
        ),
        # a headline's speaker before the colon, in the genitive of a speech noun
        (
            "सपा नेता का आरोप: सरकार ने किसानों को धोखा दिया",
            "headline",
            "सरकार ने किसानों को धोखा दिया",
            "सपा नेता",
            "आरोप",
        ),
        # unmarked first-person speech after ने कहा,
        (
            "विधायक सुनील वर्मा ने कहा, अब गांव में हमारी सरकार पानी की कमी नहीं होने देगी।",
            "unmarked",
            "अब गांव में हमारी सरकार पानी की कमी नहीं होने देगी",
            "विधायक सुनील वर्मा",
            "कहा",
        ),
    ],
)
def test_speech_without_marks(
    rules: QuoteExtractor, text: str, form: str, speech: str, speaker: str, cue: str
) -> None:
    [quote] = rules.extract(text)
    assert (quote.type, quote.form, quote.text) == ("unmarked", form, speech)
    assert quote.speaker is not None and quote.speaker.text == speaker
    assert quote.cue is not None and quote.cue.text == cue


@pytest.mark.parametrize(
    "text",
    [
        # narration after कहा,
        "उन्होंने कहा, जिसके बाद सभा खत्म हो गई।",
        # a dateline before a colon, and a place after one
        "पटना: बाढ़ से दस लोगों की मौत",
        "रामगढ़ : बाढ़ से दस गांव डूबे, राहत शिविर लगे",
        "बाढ़ से दस लोगों की मौत : पटना",
        # navigation
        "यह भी पढ़ें: सरकार गिराने की साजिश नाकाम : मंत्री",
        # a Latin kicker
        "सरकार गिराने की साजिश नाकाम: CM on Foundation Day",
        "Weather Update: दिल्ली में आज फिर होगी तेज बारिश",
        "Viral Video: शादी में दूल्हे ने किया जोरदार डांस",
        "Traffic Advisory: शोभायात्रा के चलते आज कई रास्ते बंद",
        # the story's label before a colon
        "रामगढ़ हादसा: पेशी पर जा रहे तीन दोस्तों को ट्रक ने कुचला",
        # a hyphenated word is not a dash
        "बोले-चाले की भाषा में लिखी किताब का विमोचन हुआ",
    ],
)
def test_not_speech_without_marks(rules: QuoteExtractor, text: str) -> None:
    assert [q for q in rules.extract(text) if q.form in ("dash", "headline", "unmarked")] == []


@pytest.mark.parametrize(
    "text",
    [
        "अभिनेत्री ने बताया कि उन्होंने फिल्म 'चमकते सितारे और हम' में काम करने की हामी क्यों भरी।",
        "'चमकते सितारे और हम' पर रीता बोलीं : यह जमीन से जुड़ी कहानी है",
    ],
    ids=["after a title noun", "before a postposition"],
)
def test_a_title_in_marks_is_no_quotation(rules: QuoteExtractor, text: str) -> None:
    assert [q.text for q in rules.extract(text) if q.type == "direct"] == []


def test_quoted_headline_with_speaker_after_colon(rules: QuoteExtractor) -> None:
    [quote] = rules.extract("'हम झुकेंगे नहीं': विधायक सुनील वर्मा")
    assert (quote.form, quote.text) == ("marks", "हम झुकेंगे नहीं")
    assert quote.speaker is not None and quote.speaker.name == "सुनील वर्मा"


def test_reported_clause_inside_dash_speech_is_not_reported_twice(rules: QuoteExtractor) -> None:
    text = "मंत्री बोले- हमने पहले ही कहा था कि सड़क बनेगी।"
    quotes = rules.extract(text)
    assert [(q.type, q.form) for q in quotes] == [("unmarked", "dash")]


def test_indirect_records_say_reported(rules: QuoteExtractor) -> None:
    [quote] = rules.extract("थानाध्यक्ष ने बताया कि आरोपी फरार है।")
    assert quote.form == "reported"


# -- reported speech as pages write it (extractor) -----------------------------------------


@pytest.mark.parametrize(
    ("text", "clause", "speaker"),
    [
        # की typed for कि
        (
            "विधानसभा अध्यक्ष गिरीश वर्मा ने हंगामे पर कहा की सदन कोई अखाड़ा नहीं है।",
            "सदन कोई अखाड़ा नहीं है",
            "विधानसभा अध्यक्ष गिरीश वर्मा",
        ),
        # no कि after the cue
        (
            "थाना प्रभारी विनोद मिश्रा ने बताया आरोपी लंबे समय से फरार था।",
            "आरोपी लंबे समय से फरार था",
            "थाना प्रभारी विनोद मिश्रा",
        ),
        # a comma after कि
        (
            "मुख्यमंत्री रमेश साहू ने कहा कि, प्रदेश में हर गांव तक सड़क जाएगी।",
            "प्रदेश में हर गांव तक सड़क जाएगी",
            "मुख्यमंत्री रमेश साहू",
        ),
        # a dash after कि, and an ellipsis character ending the clause
        (
            "प्रदेश कांग्रेस ने ट्वीट कर कहा कि- सरकार किसानों की अनदेखी कर रही है…इस ट्वीट पर लोग बंटे।",
            "सरकार किसानों की अनदेखी कर रही है",
            "प्रदेश कांग्रेस",
        ),
        # a title in marks between two words of the clause: the clause runs through it
        (
            "अभिनेत्री कविता रानाडे ने उम्मीद जताई है कि उनकी फिल्म 'रानी- द वॉरियर ऑफ मालवा' "
            "अगले साल रिलीज होगी।",
            "उनकी फिल्म 'रानी- द वॉरियर ऑफ मालवा' अगले साल रिलीज होगी",
            "अभिनेत्री कविता रानाडे",
        ),
        # a term in marks, followed by a verb
        (
            "मुख्यमंत्री रमेश साहू ने कहा कि इसे सही मायने में 'ट्विटर की सरकार' कहा जा सकता है।",
            "इसे सही मायने में 'ट्विटर की सरकार' कहा जा सकता है",
            "मुख्यमंत्री रमेश साहू",
        ),
        # यह भी between the genitive and its speech noun
        (
            "मौसम विभाग का यह भी कहना है कि अगले पांच दिन बारिश होगी।",
            "अगले पांच दिन बारिश होगी",
            "मौसम विभाग",
        ),
        # an estimate
        (
            "व्यापारियों का अनुमान है कि आने वाले दिनों में आवक बढ़ेगी।",
            "आने वाले दिनों में आवक बढ़ेगी",
            "व्यापारियों",
        ),
        # the progressive
        (
            "किसान नेता रमेश साहू बता रहे हैं कि मंडी में गेहूं की आवक घटी है।",
            "मंडी में गेहूं की आवक घटी है",
            "किसान नेता रमेश साहू",
        ),
        # people in the plural as the source, no comma after के अनुसार
        ("परिजनों के अनुसार युवक सुबह घर से निकला था।", "युवक सुबह घर से निकला था", "परिजनों"),
        ("सूत्रों के अनुसार मंत्री जल्द इस्तीफा देंगे।", "मंत्री जल्द इस्तीफा देंगे", "सूत्रों"),
        # the sentence before यह बात X ने कही
        (
            "कांगड़ा: अगर सरकार ने सम्मान दिया तो पार्टी से चुनाव लड़ूंगा। यह बात सदर के विधायक"
            " अनिल वर्मा ने सदन के बाहर पत्रकारों से कही।",
            "अगर सरकार ने सम्मान दिया तो पार्टी से चुनाव लड़ूंगा",
            "सदर के विधायक अनिल वर्मा",
        ),
        (
            "बच्चों को अच्छी शिक्षा देना हम सब का कर्तव्य है। ये बातें जिलाधिकारी रमेश साहू ने"
            " शनिवार को स्कूल के कार्यक्रम में कहीं।",
            "बच्चों को अच्छी शिक्षा देना हम सब का कर्तव्य है",
            "जिलाधिकारी रमेश साहू",
        ),
        # a pen name in marks between the name and ने
        (
            "शिक्षा मंत्री रमेश पांडे 'निर्मल' ने गुरुवार को कहा कि परीक्षाएं जुलाई में होंगी।",
            "परीक्षाएं जुलाई में होंगी",
            "शिक्षा मंत्री रमेश पांडे",
        ),
        # a speech-act verb: साझा किया कि
        (
            "अभिनेत्री कविता रानाडे ने साझा किया कि नया किरदार उनके लिए चुनौती भरा था।",
            "नया किरदार उनके लिए चुनौती भरा था",
            "अभिनेत्री कविता रानाडे",
        ),
        # the subject dropped: the sentence before's ने subject speaks
        (
            "सांसद ने अधिकारियों को फोन करके नाराजगी जताई। कहा कि सुस्त अधिकारी पसंद नहीं हैं।",
            "सुस्त अधिकारी पसंद नहीं हैं",
            "सांसद",
        ),
        # a Latin name in brackets after the Hindi one
        (
            "मुख्यमंत्री रमेश साहू (CM Sahu) ने कहा कि जनता की मर्जी सबसे ऊपर है।",
            "जनता की मर्जी सबसे ऊपर है",
            "मुख्यमंत्री रमेश साहू",
        ),
    ],
)
def test_reported_speech_as_pages_write_it(
    rules: QuoteExtractor, text: str, clause: str, speaker: str
) -> None:
    [quote] = rules.extract(text)
    assert (quote.type, quote.text) == ("indirect", clause)
    assert quote.speaker is not None and quote.speaker.text == speaker


@pytest.mark.parametrize(
    "text",
    [
        "कहते हैं कि इस गांव में कभी बाढ़ नहीं आई।",  # hearsay, nobody speaking
        "उसने अपना नाम राजू बताया और फिर चला गया।",  # no clause after the cue
        "पुलिस ने बताया गया रास्ता बंद कर दिया।",  # a participle, not a cue
        "इस बार बाढ़ से बहुत नुकसान हुआ है। यह बात सब जानते हैं।",  # nobody said it
        "नियमों के अनुसार दोषियों पर कार्रवाई की जाएगी।",  # rules, not people
        'एजेंसी की रिपोर्ट के मुताबिक उन्होंने कहा, "हम यह जीत जवानों के नाम करते हैं।"',  # a frame
    ],
)
def test_not_reported_speech(rules: QuoteExtractor, text: str) -> None:
    assert [q for q in rules.extract(text) if q.type == "indirect"] == []


def test_first_person_after_cue_without_comma_is_reported_speech(rules: QuoteExtractor) -> None:
    [quote] = rules.extract("मुख्यमंत्री ने कहा इस कार्यक्रम में आए सभी लोगों का मैं स्वागत करता हूं।")
    assert (quote.type, quote.form) == ("indirect", "reported")
    assert quote.text == "इस कार्यक्रम में आए सभी लोगों का मैं स्वागत करता हूं"


@pytest.mark.parametrize("agent", ["उन्होंने", "उन्होनें", "उसने"])
def test_a_clause_after_a_pronoun_agents_cue_without_ki_is_reported_speech(
    rules: QuoteExtractor, agent: str
) -> None:
    text = (
        "अंतरिक्ष केंद्र के डायरेक्टर नीलेश देसाई ने लैंडिंग पर बयान दिया है। "
        f"{agent} कहा लैंडर के उतरने से दो घंटे पहले बैठक होगी।"
    )
    [quote] = [q for q in rules.extract(text) if q.type == "indirect"]
    assert quote.text == "लैंडर के उतरने से दो घंटे पहले बैठक होगी"
    assert quote.speaker is not None and quote.speaker.name == "नीलेश देसाई"


def test_not_reported_after_a_relative_pronoun_agent(rules: QuoteExtractor) -> None:
    text = "जिन्होंने कहा वे लोग आज मौजूद नहीं थे।"
    assert [q for q in rules.extract(text) if q.type == "indirect"] == []


@pytest.mark.parametrize(
    ("text", "clause", "speaker"),
    [
        (
            "पुलिस जांच में जुट गई है। पुलिस का मानना है,जल्द ही हत्या की गुत्थी सुलझा ली जाएगी।",
            "जल्द ही हत्या की गुत्थी सुलझा ली जाएगी",
            "पुलिस",
        ),
        (
            "थाना प्रभारी राकेश सिंह का कहना है आरोपी की तलाश में दबिश दी जा रही है।",
            "आरोपी की तलाश में दबिश दी जा रही है",
            "राकेश सिंह",
        ),
        (
            "जिले में डेंगू का एक मरीज मिला है, डॉक्टरों के अनुसार मरीज की हालत स्थिर है।",
            "मरीज की हालत स्थिर है",
            "डॉक्टरों",
        ),
    ],
)
def test_reported_speech_after_a_speech_noun_or_a_source_without_ki(
    rules: QuoteExtractor, text: str, clause: str, speaker: str
) -> None:
    [quote] = [q for q in rules.extract(text) if q.type == "indirect"]
    assert quote.text == clause
    assert quote.speaker is not None
    assert (quote.speaker.name or quote.speaker.text) == speaker


@pytest.mark.parametrize(
    "text",
    [
        "बैठक के बाद सभा हुई, नियमों के अनुसार आगे की कार्रवाई होगी।",
        "अगर आप मेरी मानें तो यह सौदा ठीक नहीं है।",
        'उनका कहना है, "हम आखिरी दम तक लड़ेंगे।"',
    ],
)
def test_no_reported_clause_after_a_rule_or_before_a_quotation(
    rules: QuoteExtractor, text: str
) -> None:
    assert [q for q in rules.extract(text) if q.type == "indirect"] == []


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        (
            "सुप्रीम कोर्ट ने हिदायत भी दी कि आदेश को मानना इच्छा का विषय नहीं है।",
            "आदेश को मानना इच्छा का विषय नहीं है",
        ),
        ("डेंगू के बढ़ते मरीजों पर सीएमओ का कहना है की जांच केंद्र बढ़ाए जाएंगे।", "जांच केंद्र बढ़ाए जाएंगे"),
        (
            "मौसम विभाग की मानें तो अगले 24 घंटों में कई जिलों में बारिश होगी।",
            "अगले 24 घंटों में कई जिलों में बारिश होगी",
        ),
    ],
)
def test_cue_variants_real_pages_print(rules: QuoteExtractor, text: str, clause: str) -> None:
    [quote] = [q for q in rules.extract(text) if q.type == "indirect"]
    assert quote.text == clause
