"""Rules added from errors on real news pages (issue 13), one test per rule, on hand-written
Hindi with fictional people, rules only."""

from __future__ import annotations

import pytest

from consumer.extraction import QuoteExtractor
from consumer.extraction.article_names import rank_of, role_key
from consumer.extraction.mentions import classify_mention
from consumer.extraction.name_words import name_like
from consumer.extraction.text import tokenize


@pytest.fixture(scope="module")
def rules() -> QuoteExtractor:
    return QuoteExtractor()


def _speakers(extractor: QuoteExtractor, text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker.name if q.speaker else None) for q in extractor.extract(text)]


def test_name_like_a_word_glued_to_a_dash_names_nobody() -> None:
    assert not name_like("बोले-")
    assert not name_like("बोलीं-")
    assert name_like("राम-प्रसाद")


def test_dash_speech_after_a_surname_keeps_the_name(rules: QuoteExtractor) -> None:
    text = (
        "सीहोर। सरकारी वकील दिनेश भार्गव ने अदालत में दलील रखी। "
        "भार्गव बोले- गवाहों के बयान से अपराध साबित होता है।"
    )
    assert _speakers(rules, text) == [("गवाहों के बयान से अपराध साबित होता है", "दिनेश भार्गव")]


@pytest.mark.parametrize(
    ("role", "office"),
    [
        ("अपर पुलिस अधीक्षक", "अपर पुलिस अधीक्षक"),
        ("अतिरिक्त पुलिस अधीक्षक", "अपर पुलिस अधीक्षक"),
        ("जिले के पुलिस अधीक्षक", "पुलिस अधीक्षक"),
        ("पूर्व मुख्यमंत्री", "पूर्व मुख्यमंत्री"),
        ("उप मुख्यमंत्री", "उपमुख्यमंत्री"),
        ("उप पुलिस अधीक्षक", "उप पुलिस अधीक्षक"),
        ("वरिष्ठ पुलिस अधीक्षक", "वरिष्ठ पुलिस अधीक्षक"),
    ],
)
def test_role_key_a_rank_word_makes_another_office(role: str, office: str) -> None:
    assert role_key(role) == office


def test_rank_of() -> None:
    assert rank_of("अपर पुलिस अधीक्षक") == "अपर"
    assert rank_of("पुलिस अधीक्षक") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "गोंडा। अपर पुलिस अधीक्षक कमल किशोर ने बताया कि दो आरोपी पकड़े गए हैं। "
            "पुलिस अधीक्षक ने कहा कि जांच जारी है।",
            [("दो आरोपी पकड़े गए हैं", "कमल किशोर"), ("जांच जारी है", None)],
        ),
        (
            "गोंडा। पूर्व मुख्यमंत्री शारदा पाठक ने सरकार पर सवाल उठाए। मुख्यमंत्री ने कहा कि जांच जारी है।",
            [("जांच जारी है", None)],
        ),
        (
            "गोंडा। अतिरिक्त पुलिस अधीक्षक कमल किशोर ने बताया कि दो आरोपी पकड़े गए। "
            "एएसपी ने कहा कि जांच जारी है।",
            [("दो आरोपी पकड़े गए", "कमल किशोर"), ("जांच जारी है", "कमल किशोर")],
        ),
    ],
)
def test_role_holder_of_another_rank_is_someone_else(
    rules: QuoteExtractor, text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _speakers(rules, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "रायपुर। मुख्यमंत्री ने कहा कि 'हम किसी भी दोषी को नहीं छोड़ेंगे। कानून अपना काम करेगा।",
        "रायपुर। मंत्री ने सोशल मीडिया पर लिखा है कि ‘हम किसी भी दोषी को नहीं छोड़ेंगे। कानून अपना काम करेगा।",
    ],
)
def test_unclosed_single_mark_after_ki_opens_a_quotation(rules: QuoteExtractor, text: str) -> None:
    [quote] = rules.extract(text)
    assert (quote.type, quote.evidence and quote.evidence["span"]) == ("direct", "unclosed_quote")
    assert quote.text.startswith("हम किसी भी दोषी")


def test_a_scare_quote_after_ki_stays_in_reported_speech(rules: QuoteExtractor) -> None:
    text = "रायपुर। मुख्यमंत्री ने कहा कि 'विकास' की बात करने वाले लोग आज कहां हैं।"
    [quote] = rules.extract(text)
    assert quote.type == "indirect"


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        (
            "भोपाल। कांग्रेस नेता अजय तिवारी की टिप्पणी- सरकार किसानों की बात नहीं सुनती है।",
            "अजय तिवारी",
            "टिप्पणी",
        ),
        ("भोपाल। जिला कलेक्टर का बयान- किसी भी किसान को खाद की कमी नहीं होगी।", None, "बयान"),
    ],
)
def test_genitive_noun_names_the_speaker_of_dash_speech(
    rules: QuoteExtractor, text: str, speaker: str | None, cue: str
) -> None:
    [quote] = rules.extract(text)
    assert quote.evidence is not None and quote.evidence["speaker"] == "genitive_noun"
    assert quote.speaker is not None and quote.speaker.name == speaker
    assert quote.cue is not None and quote.cue.text == cue


@pytest.mark.parametrize(
    "text",
    [
        "पटना। विधायक सुधा रानी ने सरकार पर हमला किया। फेसबुक पर लिखा- जिले में अपराधी बेखौफ हैं।",
        "पटना। विधायक सुधा रानी ने सरकार पर किया हमला, फेसबुक पर लिखा- जिले में अपराधी बेखौफ हैं।",
    ],
)
def test_dropped_subject_of_dash_speech_is_the_last_agent(rules: QuoteExtractor, text: str) -> None:
    [quote] = rules.extract(text)
    assert quote.evidence is not None and quote.evidence["speaker"] == "dropped_subject"
    assert quote.speaker is not None and quote.speaker.name == "सुधा रानी"


def test_dropped_subject_is_not_taken_from_two_sentences_back(rules: QuoteExtractor) -> None:
    text = (
        "पटना। विधायक सुधा रानी ने सरकार पर हमला किया। सदन में हंगामा हुआ। "
        "फेसबुक पर लिखा- जिले में अपराधी बेखौफ हैं।"
    )
    assert rules.extract(text) == []


def test_written_words_after_an_agent_are_unmarked_speech(rules: QuoteExtractor) -> None:
    text = "लखनऊ। सपा नेता विमल कुमार ने ट्वीट में लिखा प्रशासन का यह कारनामा देखिये! इसके बाद विवाद बढ़ा।"
    [quote] = rules.extract(text)
    assert (quote.type, quote.form, quote.text) == (
        "unmarked",
        "unmarked",
        "प्रशासन का यह कारनामा देखिये!",
    )
    assert quote.speaker is not None and quote.speaker.name == "विमल कुमार"


def test_a_relative_clause_verb_opens_no_reported_speech(rules: QuoteExtractor) -> None:
    text = "लखनऊ। समर्थक अजय सिंह ने कहा कि विधायक ने जो कहा उसमें जरा भी संशय नहीं है।"
    [quote] = rules.extract(text)
    assert quote.text == "विधायक ने जो कहा उसमें जरा भी संशय नहीं है"


def test_a_bar_standing_alone_ends_reported_speech(rules: QuoteExtractor) -> None:
    text = "भोपाल। अध्यक्ष सुरेश गौड़ ने कहा कि सदन कोई अखाड़ा नहीं है | जहां जाकर सब लड़ेंगे |"
    [quote] = rules.extract(text)
    assert quote.text == "सदन कोई अखाड़ा नहीं है"


def test_deputy_chief_minister_written_apart_or_joined_is_one_office(rules: QuoteExtractor) -> None:
    text = (
        "लखनऊ। उप मुख्यमंत्री अमित राणा ने कहा कि पार्टी सबके हित में काम करती है। "
        "उपमुख्यमंत्री ने कहा कि विपक्षी दल केवल दुष्प्रचार कर रहे हैं।"
    )
    assert [q.speaker.name for q in rules.extract(text) if q.speaker] == ["अमित राणा", "अमित राणा"]


def test_unclosed_single_mark_after_ki_ends_with_its_first_sentence(rules: QuoteExtractor) -> None:
    text = "रायपुर। मुख्यमंत्री ने कहा कि 'हम किसी भी दोषी को नहीं छोड़ेंगे। कानून अपना काम करेगा।"
    [quote] = rules.extract(text)
    assert quote.text == "हम किसी भी दोषी को नहीं छोड़ेंगे।"


def test_a_first_or_second_person_word_is_in_no_name() -> None:
    assert not name_like("आप")
    assert not name_like("हम")


def test_a_court_is_not_named_with_the_pronoun_before_it(rules: QuoteExtractor) -> None:
    text = (
        "चंडीगढ़। याचिका पर सुनवाई हुई। कोर्ट ने कहा कि याचिका किस आधार पर दायर की गई है। "
        "आप कोर्ट का समय बर्बाद कर रहे हैं।"
    )
    [quote] = rules.extract(text)
    assert quote.speaker is not None and quote.speaker.name == "कोर्ट"


def test_first_person_agent_outside_marks_is_the_last_speaker(rules: QuoteExtractor) -> None:
    text = (
        "नई दिल्ली। अदालत ने याचिका पर कहा, आप (सरकार) इसे करें। हमारे आदेश का इंतजार क्यों? "
        "हमने बार-बार कहा है कि ये नीतिगत मामले हैं।"
    )
    reported = [q for q in rules.extract(text) if q.type == "indirect"]
    assert [(q.text, q.speaker and q.speaker.name) for q in reported] == [
        ("ये नीतिगत मामले हैं", "अदालत")
    ]
    assert reported[0].evidence is not None
    assert reported[0].evidence["resolution"] == "pronoun_first_person"


def test_a_body_after_ke_purv_is_no_pronouns_antecedent(rules: QuoteExtractor) -> None:
    text = (
        "लखनऊ। सपा नेता विमल कुमार ने प्रेस वार्ता की। विधानसभा चुनाव के पूर्व चुनाव आयोग द्वारा "
        "नई सूची प्रकाशित की गई। उन्होंने आयोग से मांग की है कि वह गड़बड़ियों की पड़ताल करे।"
    )
    [quote] = rules.extract(text)
    assert quote.speaker is not None and quote.speaker.name == "विमल कुमार"


def test_dropped_subject_in_the_same_sentence_beats_a_genitive_at_its_start(
    rules: QuoteExtractor,
) -> None:
    text = "विधायक दल की बैठक में मुख्यमंत्री ने दी हिदायत, कहा- सदन में अधिक समय बैठें विधायक"
    [quote] = rules.extract(text)
    assert quote.speaker is not None and quote.speaker.text == "मुख्यमंत्री"


def test_contrast_then_a_new_cue_with_ki_ends_a_reported_clause(rules: QuoteExtractor) -> None:
    text = (
        "पटना। गृह मंत्री रमेश यादव ने विपक्ष पर निशाना साधा। वे (विपक्ष) कहते हैं कि लोकतंत्र "
        "खतरे में है लेकिन, मैं कहता हूं कि एक परिवार का विचार खतरे में है।"
    )
    found = [
        (q.text, q.speaker and q.speaker.name, q.evidence and q.evidence["speaker"])
        for q in rules.extract(text)
    ]
    assert found == [
        ("लोकतंत्र खतरे में है", "विपक्ष", "nominative_bracketed"),
        ("एक परिवार का विचार खतरे में है", "रमेश यादव", "nominative_pronoun"),
    ]


def test_contrast_without_a_cue_after_it_stays_in_the_clause(rules: QuoteExtractor) -> None:
    text = "पटना। मंत्री रमेश यादव ने कहा कि सड़क बनेगी लेकिन, इसमें समय लगेगा कि नहीं यह तय नहीं।"
    [quote] = rules.extract(text)
    assert quote.text == "सड़क बनेगी लेकिन, इसमें समय लगेगा कि नहीं यह तय नहीं"


@pytest.mark.parametrize(
    ("text", "speech"),
    [
        (
            "भोपाल। वरिष्ठ वैज्ञानिक डॉ. अजय सिंह ने कहा, कम दबाव का क्षेत्र पश्चिम की ओर बढ़ रहा है।",
            "कम दबाव का क्षेत्र पश्चिम की ओर बढ़ रहा है",
        ),
        (
            "थानाध्यक्ष ने कहा, मामले की जांच की जा रही है और रिपोर्ट भेजी जाएगी।",
            "मामले की जांच की जा रही है और रिपोर्ट भेजी जाएगी",
        ),
    ],
)
def test_third_person_sentence_after_ne_kaha_comma_is_unmarked_speech(
    rules: QuoteExtractor, text: str, speech: str
) -> None:
    [quote] = rules.extract(text)
    assert (quote.type, quote.form, quote.text) == ("unmarked", "unmarked", speech)


def test_dropped_subject_after_a_topic_phrase_is_the_last_person(rules: QuoteExtractor) -> None:
    text = (
        "लखनऊ। उप मुख्यमंत्री अमित राणा ने कहा कि विपक्ष ने भूमिका नहीं निभाई। "
        "वहीं गठबंधन पर बोले कि चाहे जो पार्टी मिल जाए, जीत हमारी होगी।"
    )
    quotes = rules.extract(text)
    assert [q.speaker.name for q in quotes if q.speaker] == ["अमित राणा", "अमित राणा"]
    assert quotes[1].evidence is not None and quotes[1].evidence["speaker"] == "subject_dropped"


def test_speech_printed_before_its_speaker_and_ne_kaha(rules: QuoteExtractor) -> None:
    text = (
        "लंदन। फाइनल में हार के बाद टीम निराश दिखी। हम सब कुछ वहीं छोड़ आए हैं, इंग्लैंड के "
        "कोच गेरेथ साउथ ने कहा। उन्होंने खिलाड़ियों की तारीफ की।"
    )
    [quote] = rules.extract(text)
    assert (quote.type, quote.form, quote.text) == ("unmarked", "unmarked", "हम सब कुछ वहीं छोड़ आए हैं")
    assert quote.speaker is not None and quote.speaker.name == "गेरेथ साउथ"


@pytest.mark.parametrize(
    "text",
    [
        "पटना। पुलिस ने आरोपी को पकड़ा, थानाध्यक्ष ने बताया।",  # reported findings, not words
        "पटना। सड़क बनेगी, मंत्री ने कहा कि काम जल्द होगा।",  # the verb does not end the sentence
    ],
)
def test_not_speech_before_its_speaker(rules: QuoteExtractor, text: str) -> None:
    assert [q for q in rules.extract(text) if q.form == "unmarked"] == []


def test_headline_dash_speech_with_the_verb_before_its_speaker(rules: QuoteExtractor) -> None:
    text = (
        "हार के बाद बोले मेहमान टीम के कप्तान- हमने बीस रन कम बनाए लेकिन गेंदबाजों ने अच्छा खेला\n"
        "सिडनी। मेहमान टीम के कप्तान रॉबर्ट क्लार्क ने मैच के बाद बात की।"
    )
    [quote] = rules.extract(text)
    assert (quote.type, quote.form) == ("unmarked", "dash")
    assert quote.evidence is not None and quote.evidence["speaker"] == "verb_first"
    assert quote.speaker is not None and quote.speaker.text == "मेहमान टीम के कप्तान"


def test_a_visarga_glued_to_the_verb_opens_speech_like_a_colon(rules: QuoteExtractor) -> None:
    text = "लखनऊ। मंत्री रमेश वर्मा ने विपक्ष की तुलना कुएं के मेंढक से की, बोलेः जिसकी जितनी दृष्टि होगी वह उतना देखेगा।"
    [quote] = rules.extract(text)
    assert quote.text == "जिसकी जितनी दृष्टि होगी वह उतना देखेगा"
    assert quote.speaker is not None and quote.speaker.name == "रमेश वर्मा"


def test_misspelt_unhone_is_an_agent_pronoun(rules: QuoteExtractor) -> None:
    text = "भोपाल। प्रवक्ता मोहन लाल ने प्रेस वार्ता की। उन्होनें आगे यह भी कहा कि रसोई गैस महंगी हो चुकी है।"
    [quote] = rules.extract(text)
    assert quote.speaker is not None and quote.speaker.name == "मोहन लाल"


def test_dropped_subject_after_a_participle_phrase(rules: QuoteExtractor) -> None:
    text = (
        "भोपाल। प्रवक्ता मोहन लाल ने प्रेस वार्ता की। "
        "सरकार पर जोरदार हमला करते हुए कहा कि हमारे हाथों में कुछ नहीं है।"
    )
    [quote] = rules.extract(text)
    assert quote.evidence is not None and quote.evidence["speaker"] == "subject_dropped"
    assert quote.speaker is not None and quote.speaker.name == "मोहन लाल"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("याचिकाओं पर HC की तल्ख टिप्पणी- ‘क्या कोर्ट कोई डंपिंग स्टेशन है?’", "HC"),
        ("मुरादाबाद। युवक के परिजनों का आरोप- 'उल्टे पुलिस हमें ही धमका रही'", "युवक के परिजनों"),
    ],
)
def test_genitive_noun_names_the_speaker_of_a_quotation_after_a_dash(
    rules: QuoteExtractor, text: str, speaker: str
) -> None:
    [quote] = rules.extract(text)
    assert quote.evidence is not None and quote.evidence["speaker"] == "genitive_noun"
    assert quote.speaker is not None and quote.speaker.text == speaker


def test_a_news_label_before_a_headline_colon_is_no_speaker(rules: QuoteExtractor) -> None:
    text = "राजस्थान न्यूज़: फोन टैपिंग पर विपक्ष ने मांगा मंत्री का इस्तीफा\nजयपुर। विधानसभा में हंगामा हुआ।"
    assert rules.extract(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("नई दिल्ली। सुनवाई कर रहे सीजेआई सूर्य प्रकाश ने कहा कि वह अपनी बात हाईकोर्ट में रखें।", "सूर्य प्रकाश"),
        (
            "नई दिल्ली। जस्टिस यूयू लाल एक घंटा पहले पहुंचे। जस्टिस लाल ने कहा कि हमें सुबह नौ बजे आना चाहिए।",
            "यूयू लाल",
        ),
    ],
)
def test_judges_titles_are_not_part_of_the_name(
    rules: QuoteExtractor, text: str, name: str
) -> None:
    [quote] = rules.extract(text)
    assert quote.speaker is not None and quote.speaker.name == name


def test_an_office_resolves_through_titles_after_it(rules: QuoteExtractor) -> None:
    text = (
        "नई दिल्ली। प्रधान न्यायाधीश न्यायमूर्ति वेणु अय्यर ने समारोह को संबोधित किया। "
        "सीजेआई ने कहा कि स्थगन अपवाद होना चाहिए।"
    )
    [quote] = rules.extract(text)
    assert quote.speaker is not None and quote.speaker.name == "वेणु अय्यर"


def test_a_curly_quote_broken_across_a_line_is_one_quotation(rules: QuoteExtractor) -> None:
    text = (
        "जयपुर। मुख्यमंत्री ने साफ कहा कि “मुझे किसी की मेहरबानी की जरूरत नहीं है।\n"
        "मेरे साथ राज्य की जनता है।”\nदूसरी खबर।"
    )
    [quote] = rules.extract(text)
    assert quote.text == "मुझे किसी की मेहरबानी की जरूरत नहीं है।\nमेरे साथ राज्य की जनता है।"
    assert quote.evidence is not None and quote.evidence["span"] == "quote_marks"


def test_headline_speech_may_hold_a_title_in_marks(rules: QuoteExtractor) -> None:
    text = "फिल्म 'सपना' मेरे दिल के बहुत नजदीक, मैं खुश हूं : अभिनेत्री रीना कपूर\nमुंबई। फिल्म रिलीज हुई।"
    [quote] = rules.extract(text)
    assert (quote.form, quote.text) == ("headline", "फिल्म 'सपना' मेरे दिल के बहुत नजदीक, मैं खुश हूं")


def test_a_latin_office_before_a_name_is_a_role(rules: QuoteExtractor) -> None:
    text = (
        "आगरा के SSP विनय प्रकाश चौहान ने कहा, ‘मेले में सुरक्षा के पूरे इंतजाम किए गए हैं।’ "
        "बाद में SSP ने बताया कि तीन संदिग्धों को हिरासत में लिया गया है।"
    )
    assert _speakers(rules, text) == [
        ("मेले में सुरक्षा के पूरे इंतजाम किए गए हैं।", "विनय प्रकाश चौहान"),
        ("तीन संदिग्धों को हिरासत में लिया गया है", "विनय प्रकाश चौहान"),
    ]


@pytest.mark.parametrize("adverb", ["अचानक", "लगातार", "खुद"])
def test_an_adverb_after_a_subject_is_not_part_of_its_name(
    rules: QuoteExtractor, adverb: str
) -> None:
    text = (
        f"स्वास्थ्य मंत्री रघुवीर प्रताप सिंह {adverb} जिला अस्पताल पहुंचे। "
        "स्वास्थ्य मंत्री ने बताया कि दवाओं की कमी नहीं है।"
    )
    assert _speakers(rules, text) == [("दवाओं की कमी नहीं है", "रघुवीर प्रताप सिंह")]


def test_text_running_on_after_a_headline_colon_is_no_speaker(rules: QuoteExtractor) -> None:
    """``‘…’: देश भर में बीते चार महीनों से …``: the article's text, not a label naming who
    spoke; the genitive of the speech noun before the quote speaks instead."""
    text = (
        "धरने पर किसान नेता सोमपाल बैंसला का बड़ा बयान, ‘मांगें मानने तक धरना जारी रहेगा’: "
        "जिले में बीते चार महीनों से गन्ना किसान बकाया भुगतान के लिए धरना दे रहे हैं।"
    )
    assert _speakers(rules, text) == [("मांगें मानने तक धरना जारी रहेगा", "सोमपाल बैंसला")]


def test_a_headline_label_after_a_colon_still_speaks(rules: QuoteExtractor) -> None:
    text = "‘नहरों की सफाई इसी महीने पूरी होगी’: सिंचाई मंत्री रघुवीर सैनी\nजयपुर। बैठक हुई।"
    assert _speakers(rules, text) == [("नहरों की सफाई इसी महीने पूरी होगी", "रघुवीर सैनी")]


def test_a_pronoun_finds_the_person_introduced_before_latin_full_stops(
    rules: QuoteExtractor,
) -> None:
    """Sentences ended with a Latin full stop; the antecedent is introduced by an office two
    sentences back, and the sentence before opens with something else."""
    text = (
        "बरेली: विधायक सुनीता राठौर मंगलवार को तहसील के दौरे पर थीं. "
        "तहसील दिवस पर लेखपालों की गैरहाजिरी देखकर सुनीता राठौर नाराज हो गईं. "
        "उन्होंने कहा कि लापरवाह कर्मचारियों पर कार्रवाई होगी."
    )
    assert _speakers(rules, text) == [("लापरवाह कर्मचारियों पर कार्रवाई होगी", "सुनीता राठौर")]


def test_a_pronoun_finds_the_person_named_in_a_genitive_before(rules: QuoteExtractor) -> None:
    text = (
        "शनिवार को नगर निगम सभागार में अपर आयुक्त दिनेश चंद्र पाठक की अध्यक्षता में बैठक हुई। "
        "इसमें उन्होंने कहा कि सफाई सर्वेक्षण की तैयारी समय पर पूरी की जाए।"
    )
    assert _speakers(rules, text) == [("सफाई सर्वेक्षण की तैयारी समय पर पूरी की जाए", "दिनेश चंद्र पाठक")]


def test_an_initial_with_a_full_stop_does_not_end_a_sentence(rules: QuoteExtractor) -> None:
    text = "मिशन निदेशक के. रघुनंदन ने बुधवार को प्रेस वार्ता की. उन्होंने कहा कि उपग्रह अगले महीने प्रक्षेपित होगा."
    assert _speakers(rules, text) == [("उपग्रह अगले महीने प्रक्षेपित होगा", "के. रघुनंदन")]


@pytest.mark.parametrize(
    ("before", "expected"),
    [
        ("अभिनय के लिए चर्चित सुरभि कपूर ने कहा कि यह उनका सबसे कठिन किरदार था।", "सुरभि कपूर"),
        # another profession, another person: the epithet stays unnamed
        ("निर्देशक अजय सेठी ने कहा कि यह उनकी सबसे बड़ी फिल्म है।", None),
    ],
)
def test_a_profession_epithet_after_a_speaker_is_that_speaker(
    rules: QuoteExtractor, before: str, expected: str | None
) -> None:
    text = f"मुंबई। फिल्म के ट्रेलर लॉन्च पर {before} अभिनेत्री ने बताया कि शूटिंग में वह दो बार घायल हुईं।"
    records = rules.extract(text)
    assert records[-1].text == "शूटिंग में वह दो बार घायल हुईं"
    assert records[-1].speaker is not None and records[-1].speaker.name == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("केंद्रीय कृषि मंत्री रमाकांत प्रधान ने कहा कि खरीफ की बुवाई समय पर होगी।", ["रमाकांत प्रधान"]),
        (
            "नेता प्रतिपक्ष हरि दास महंत ने कहा कि सरकार विफल रही है। "
            "बाद में महंत ने कहा कि वे सदन में मुद्दा उठाएंगे।",
            ["हरि दास महंत", "हरि दास महंत"],
        ),
        ("पूर्व ग्राम प्रधान ने कहा कि गांव की सड़क टूटी है।", [None]),
    ],
)
def test_a_title_that_is_also_a_surname_ends_a_name(
    rules: QuoteExtractor, text: str, expected: list[str | None]
) -> None:
    assert [name for _, name in _speakers(rules, text)] == expected


def test_chief_is_an_office_before_a_name(rules: QuoteExtractor) -> None:
    text = "बेंगलुरु। अंतरिक्ष एजेंसी चीफ आर. नटराजन ने कहा कि उपग्रह की कक्षा ठीक है।"
    assert _speakers(rules, text) == [("उपग्रह की कक्षा ठीक है", "आर. नटराजन")]


def test_a_verb_after_an_office_is_not_its_holder(rules: QuoteExtractor) -> None:
    """मंत्री रुके और …: a word said once after the office is the sentence going on; the
    holder is the one the article names (स्वास्थ्य मंत्री सिकरवार जैसे ही …)."""
    text = (
        "देवास। स्वास्थ्य मंत्री सिकरवार जैसे ही वार्ड से निकले, एक मरीज की हालत बिगड़ गई। "
        "मंत्री थमे और डॉक्टरों को बुलाकर मंत्री ने कहा कि इनका तुरंत इलाज किया जाए। "
        "बाद में सिकरवार ने अस्पताल का निरीक्षण किया।"
    )
    assert _speakers(rules, text) == [("इनका तुरंत इलाज किया जाए", "सिकरवार")]


def test_headline_verb_first_speech_with_a_comma(rules: QuoteExtractor) -> None:
    text = "फाइनल के बाद बोलीं मानसी, कांस्य जीतकर भी बहुत खुश हूं\n\nनई दिल्ली। फाइनल मुकाबला हुआ।"
    assert _speakers(rules, text) == [("कांस्य जीतकर भी बहुत खुश हूं", "मानसी")]


def test_a_comma_after_a_subject_and_its_verb_opens_no_verb_first_speech(
    rules: QuoteExtractor,
) -> None:
    assert _speakers(rules, "मंत्री जी बैठक में बोले, इसके बाद चले गए।") == []


def test_a_run_on_list_of_headlines_ends_speech_at_the_next_item(rules: QuoteExtractor) -> None:
    """Pages that print their bullet headlines on one line, each opened by " -"."""
    text = (
        "भोपाल, मार्च 3 -- विधानसभा में बजट पर बहस -मुख्यमंत्री रघुराज तोमर ने विपक्ष पर साधा "
        "निशाना, बोलेः जो काम नहीं करते वही शोर करते हैं -विपक्ष ने सदन से किया बहिर्गमन"
    )
    records = rules.extract(text)
    assert [(q.text, q.speaker.name if q.speaker else None) for q in records] == [
        ("जो काम नहीं करते वही शोर करते हैं", "रघुराज तोमर")
    ]


def test_a_latin_credit_after_a_dash_ends_speech(rules: QuoteExtractor) -> None:
    text = "मैच के बाद बोले कप्तान- हमने बीस रन कम बनाए लेकिन गेंदबाजों ने कमाल किया- Khel Hindi Image Source"
    assert [q.text for q in rules.extract(text)] == ["हमने बीस रन कम बनाए लेकिन गेंदबाजों ने कमाल किया"]


def test_a_headline_after_a_dateline_with_a_danda_names_its_speaker_after_a_colon(
    rules: QuoteExtractor,
) -> None:
    text = (
        "कानपुर। पुलिस ने आरोपियों को बचाने के लिए मामला दबाया: पीड़ित परिवार।\nघटना के बाद गांव में तनाव है।"
    )
    records = rules.extract(text)
    assert [(q.text, q.speaker.text if q.speaker else None) for q in records] == [
        ("पुलिस ने आरोपियों को बचाने के लिए मामला दबाया", "पीड़ित परिवार")
    ]
    assert records[0].speaker is not None and records[0].speaker.kind == "role"


@pytest.mark.parametrize("cue", ["विश्वास व्यक्त किया", "अवगत कराया है", "उम्मीद व्यक्त की", "आशा जताई"])
def test_cues_of_confidence_and_informing(rules: QuoteExtractor, cue: str) -> None:
    text = f"जिला आपूर्ति अधिकारी नरेंद्र बघेल ने {cue} कि सभी केंद्रों पर खरीद समय से शुरू होगी।"
    assert _speakers(rules, text) == [("सभी केंद्रों पर खरीद समय से शुरू होगी", "नरेंद्र बघेल")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("नगर निगम की तरफ से बयान जारी कर कहा गया है कि शहर में पानी की आपूर्ति सामान्य है।", "नगर निगम"),
        ("बचाव पक्ष की ओर से दलील दी गई कि आरोपी घटना के समय शहर में नहीं था।", "बचाव पक्ष"),
    ],
)
def test_a_passive_cue_speaks_for_whoever_it_was_said_on_behalf_of(
    rules: QuoteExtractor, text: str, speaker: str
) -> None:
    records = rules.extract(text)
    assert len(records) == 1 and records[0].speaker is not None
    assert records[0].speaker.text == speaker


def test_a_statement_issued_on_behalf_of_a_body_still_speaks_as_the_document(
    rules: QuoteExtractor,
) -> None:
    text = "वित्त विभाग की ओर से जारी विज्ञप्ति में कहा गया कि घाटा तीन प्रतिशत से कम रहेगा।"
    records = rules.extract(text)
    assert records[0].speaker is not None and records[0].speaker.kind == "document"
    assert records[0].speaker.name == "वित्त विभाग"


def test_a_first_person_agent_without_its_anusvara_continues_the_speaker(
    rules: QuoteExtractor,
) -> None:
    text = "न्यायाधीश मोहन ललवानी ने कहा कि अदालतें समय पर बैठें। मैने हमेशा कहा कि सुनवाई सुबह नौ बजे शुरू होनी चाहिए।"
    assert _speakers(rules, text)[-1] == ("सुनवाई सुबह नौ बजे शुरू होनी चाहिए", "मोहन ललवानी")


def test_a_quotation_ending_a_reported_clause_is_the_speakers(rules: QuoteExtractor) -> None:
    text = (
        'इंटरव्यू में अभिनेत्री सुरभि कपूर ने कहा कि उन्हें "इतने बड़े किरदार की उम्मीद नहीं थी"। फिल्म अगले महीने आएगी।'
    )
    assert _speakers(rules, text) == [("इतने बड़े किरदार की उम्मीद नहीं थी", "सुरभि कपूर")]


def test_a_title_in_marks_inside_a_reported_clause_is_no_quotation(rules: QuoteExtractor) -> None:
    text = "मुख्यमंत्री रघुराज तोमर ने कहा कि हमारी सरकार ‘आगे बढ़ता प्रदेश’ के संकल्प के साथ काम कर रही है।"
    assert all(q.text != "आगे बढ़ता प्रदेश" for q in rules.extract(text))


def test_a_reported_clause_runs_through_a_title_in_marks(rules: QuoteExtractor) -> None:
    text = "मुख्यमंत्री रघुराज तोमर ने कहा कि हमारी सरकार ‘आगे बढ़ता प्रदेश’ के संकल्प के साथ काम कर रही है।"
    assert _speakers(rules, text) == [
        ("हमारी सरकार ‘आगे बढ़ता प्रदेश’ के संकल्प के साथ काम कर रही है", "रघुराज तोमर")
    ]


def test_a_pronoun_after_an_unnamed_office_is_that_office(rules: QuoteExtractor) -> None:
    text = (
        "सदन की कार्यवाही शुरू होते ही विधानसभा अध्यक्ष ने कहा कि आज की घटना शर्मनाक है। "
        "उन्होंने कहा कि सदस्य हमें कार्रवाई के लिए मजबूर न करें।"
    )
    assert _speakers(rules, text) == [
        ("आज की घटना शर्मनाक है", None),
        ("सदस्य हमें कार्रवाई के लिए मजबूर न करें", "विधानसभा अध्यक्ष"),
    ]


def test_a_pronoun_after_a_named_speaker_is_not_the_unnamed_one_before(
    rules: QuoteExtractor,
) -> None:
    text = (
        "एक अधिकारी ने बताया कि जांच जारी है। जिलाधिकारी सुमन रावत ने कहा कि दोषी बख्शे नहीं "
        "जाएंगे। उन्होंने कहा कि रिपोर्ट एक हफ्ते में आएगी।"
    )
    assert _speakers(rules, text)[-1] == ("रिपोर्ट एक हफ्ते में आएगी", "सुमन रावत")


@pytest.mark.parametrize("joiner", ["साथ ही कहा की", "और उन्होंने कहा कि"])
def test_a_joined_new_cue_ends_the_reported_clause_before_it(
    rules: QuoteExtractor, joiner: str
) -> None:
    text = f"परिवहन मंत्री ने बताया कि नई बसें अगले महीने सड़कों पर उतरेंगी {joiner} किराया नहीं बढ़ाया जाएगा।"
    assert [q.text for q in rules.extract(text)] == [
        "नई बसें अगले महीने सड़कों पर उतरेंगी",
        "किराया नहीं बढ़ाया जाएगा",
    ]


def test_a_cue_with_its_own_subject_stays_inside_the_clause(rules: QuoteExtractor) -> None:
    text = "मंत्री ने कहा कि सरकार ने माना कि गलती हुई है।"
    assert rules.extract(text)[0].text == "सरकार ने माना कि गलती हुई है"


def test_a_quotation_alone_after_reported_speech_continues_its_speaker(
    rules: QuoteExtractor,
) -> None:
    """A pull-quote printed as its own paragraph after the speaker's reported words."""
    text = (
        "विधानसभा अध्यक्ष रघुवीर गौड़ ने सदन के हंगामे पर बड़ी बात कही है। उन्होंने कहा कि "
        "विधानसभा कोई मौन सभा नहीं है।\n\n'इस सत्र में हंगामा कम और काम ज्यादा हुआ'\n"
        "सत्र में कुल 40 घंटे काम हुआ।"
    )
    assert _speakers(rules, text)[-1] == ("इस सत्र में हंगामा कम और काम ज्यादा हुआ", "रघुवीर गौड़")


def test_a_pronoun_right_after_a_chaired_meeting_is_the_chair(rules: QuoteExtractor) -> None:
    text = (
        "एसपी विनोद राणा ने कहा कि मेले में पुलिस बल तैनात रहेगा। शाम को कलेक्ट्रेट में "
        "मुख्य विकास अधिकारी रेखा सिंह की अध्यक्षता में बैठक हुई। इसमें उन्होंने कहा कि "
        "सफाई का काम समय पर पूरा हो।"
    )
    assert _speakers(rules, text)[-1] == ("सफाई का काम समय पर पूरा हो", "रेखा सिंह")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "जिला अदालत ने जमानत याचिका पर सुनवाई की। अदालत ने कहा कि आरोप गंभीर हैं।",
            [("आरोप गंभीर हैं", "अदालत")],
        ),
        (
            "कोतवाली पुलिस ने दो युवकों को पकड़ा। पुलिस ने बताया कि दोनों पर पहले से मुकदमे हैं।",
            [("दोनों पर पहले से मुकदमे हैं", "पुलिस")],
        ),
        (
            "नैनीताल हाईकोर्ट ने सरकार से जवाब मांगा। हाईकोर्ट ने कहा कि सड़कें जल्द ठीक हों।",
            [("सड़कें जल्द ठीक हों", "हाईकोर्ट")],
        ),
        (
            "जस्टिस कमला नेगी की बेंच ने सरकारी वकील से कहा कि रिपोर्ट अगले सप्ताह दें।",
            [("रिपोर्ट अगले सप्ताह दें", "कमला नेगी")],
        ),
        (
            'न्यायमूर्ति हरीश बिष्ट की अध्यक्षता वाली पीठ ने कहा, "नियम सबके लिए बराबर हैं।"',
            [("नियम सबके लिए बराबर हैं।", "हरीश बिष्ट")],
        ),
    ],
    ids=["court", "police", "high court", "one judge's bench", "bench headed by"],
)
def test_a_public_body_is_named_as_written_and_a_bench_by_its_judge(
    rules: QuoteExtractor, text: str, expected: list[tuple[str, str]]
) -> None:
    assert _speakers(rules, text) == expected


def test_a_scare_quote_inside_dash_speech_stays_in_it(rules: QuoteExtractor) -> None:
    text = "सभा में हंगामे पर सभापति बोले- यह आचरण 'अशोभनीय', सदस्य मर्यादा रखें\nदेहरादून। सदन में शोर हुआ।"
    assert _speakers(rules, text) == [("यह आचरण 'अशोभनीय', सदस्य मर्यादा रखें", "सभापति")]


def test_a_speaker_glued_to_the_dash_after_headline_speech(rules: QuoteExtractor) -> None:
    text = "सदन की मर्यादा सबसे ऊपर है-अध्यक्ष\n\nदेहरादून। सदन में आज शोर हुआ।"
    assert _speakers(rules, text) == [("सदन की मर्यादा सबसे ऊपर है", None)]
    # a compound with a hyphen is not a speaker
    assert _speakers(rules, "गांव में हुई धक्का-मुक्की\n\nदेहरादून। सदन में आज शोर हुआ।") == []


def test_a_headline_speaker_after_where_they_spoke(rules: QuoteExtractor) -> None:
    text = "फसल का पूरा दाम मिलने तक धरना जारी रहेगा...: किसान पंचायत में नेता भूपाल राणा\n\nमेरठ। पंचायत हुई।"
    assert _speakers(rules, text) == [("फसल का पूरा दाम मिलने तक धरना जारी रहेगा", "भूपाल राणा")]


def test_unmarked_speech_after_bataya_and_a_comma(rules: QuoteExtractor) -> None:
    text = (
        "मुठभेड़ में दो बदमाश पकड़े गए\nएसपी ने बताया, दोनों बदमाश इनामी थे\n\nरुड़की। रात को पुलिस की गश्त थी।"
    )
    assert _speakers(rules, text) == [("दोनों बदमाश इनामी थे", None)]


def test_a_company_named_after_the_word_for_it_and_a_later_bare_company(
    rules: QuoteExtractor,
) -> None:
    text = (
        "मुंबई। दोपहिया निर्माता कंपनी वेगा मोटोकॉर्प ने सोमवार को कहा कि त्योहारों में बिक्री बढ़ी है। "
        "कंपनी ने कहा कि गांवों में मांग सबसे तेज रही। दोपहिया निर्माता कंपनी ने कहा कि नए मॉडल आएंगे।"
    )
    assert [name for _, name in _speakers(rules, text)] == ["वेगा मोटोकॉर्प"] * 3


def test_a_bare_company_is_the_one_wire_copy_named_after_what_it_makes(
    rules: QuoteExtractor,
) -> None:
    text = (
        "मुंबई, 19 जुलाई (भाषा) पाइप एवं फिटिंग विनिर्माता सरला पॉलीटेक का तिमाही शुद्ध लाभ दोगुना"
        " हो गया। कंपनी ने मंगलवार को यह जानकारी दी।\nकंपनी ने बयान में कहा कि उसकी आय 40"
        " प्रतिशत बढ़ी।"
    )
    assert _speakers(rules, text) == [("उसकी आय 40 प्रतिशत बढ़ी", "सरला पॉलीटेक")]


def test_a_bare_company_is_the_hyphenated_group_wire_copy_named_after_what_it_provides(
    rules: QuoteExtractor,
) -> None:
    text = (
        "नई दिल्ली: जांच सेवा प्रदाता मेडिलैब-प्रो समूह को इस साल दोहरे अंक की वृद्धि की उम्मीद"
        " है। कंपनी ने कहा कि नए केंद्र खुलने से कारोबार बढ़ेगा।"
    )
    assert _speakers(rules, text) == [("नए केंद्र खुलने से कारोबार बढ़ेगा", "मेडिलैब-प्रो समूह")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('फिल्म के प्रड्यूसर अमन खुराना ने कहा, "शूटिंग समय पर पूरी होगी।"', "अमन खुराना"),
        ("जिला अस्पताल के सीएमओ डॉ0 रीना भाटी ने बताया कि मरीज बढ़े हैं।", "रीना भाटी"),
        ("विशेष लोक अभियोजन जगत पाल भाटी ने बताया कि दोषी पर जुर्माना लगा है।", "जगत पाल भाटी"),
    ],
    ids=["producer", "doctor with a zero", "prosecutor as the office"],
)
def test_titles_written_as_real_pages_write_them(
    rules: QuoteExtractor, text: str, name: str
) -> None:
    ((_, found),) = _speakers(rules, text)
    assert found == name


def test_a_pronoun_after_two_people_joined_before_one_ne_is_the_first_named(
    rules: QuoteExtractor,
) -> None:
    text = (
        "जिलाधिकारी सुरेश चंद्र माथुर व ब्लाक प्रमुख रजत पाठक ने बाढ़ से घिरे गांवों का दौरा किया। "
        "उन्होंने कहा कि प्रशासन हर गांव तक मदद पहुंचाएगा।"
    )
    assert _speakers(rules, text) == [("प्रशासन हर गांव तक मदद पहुंचाएगा", "सुरेश चंद्र माथुर")]


def test_an_office_with_a_conjunction_in_its_name_is_one_speaker(rules: QuoteExtractor) -> None:
    text = (
        "राज्य की खाद्य एवं आपूर्ति मंत्री सुलोचना मरावी ने गांव का दौरा किया। "
        "उन्होंने कहा कि राशन अब गांव में ही मिलेगा।"
    )
    assert _speakers(rules, text) == [("राशन अब गांव में ही मिलेगा", "सुलोचना मरावी")]


@pytest.mark.parametrize(
    "kicker",
    ["Khabar Live 3 Exclusive", "इसे भी पढ़ें", "प्रदेश न्यूज़"],
    ids=["latin kicker", "link label", "section"],
)
def test_a_label_before_a_colon_is_no_speaker(rules: QuoteExtractor, kicker: str) -> None:
    text = f"{kicker}: ‘मुझे शो में बहुत निशाना बनाया गया’ अभिनेत्री रीता सेन ने आखिर ऐसा क्यों कहा?"
    assert _speakers(rules, text) == [("मुझे शो में बहुत निशाना बनाया गया", "रीता सेन")]


def test_a_name_does_not_run_on_over_a_conjunction(rules: QuoteExtractor) -> None:
    text = (
        "जिलाधिकारी मनोज कुमार व पुलिस अधीक्षक विपिन मिश्र द्वारा बाढ़ क्षेत्रों का दौरा किया गया।\n"
        "इस दौरान डीएम मनोज कुमार ने बताया कि राहत शिविरों में भोजन पहुंचाया जा रहा है।"
    )
    assert _speakers(rules, text) == [("राहत शिविरों में भोजन पहुंचाया जा रहा है", "मनोज कुमार")]


def test_a_pronoun_after_an_office_as_subject_is_its_named_holder(rules: QuoteExtractor) -> None:
    text = (
        "बैठक में जिला निर्वाचन अधिकारी सुमेर सिंह और सभी एसडीएम मौजूद रहे।\n"
        "जिला निर्वाचन अधिकारी ने सूची को लोक प्रतिनिधित्व अधिनियम के तहत जारी किया है।\n"
        "उन्होंने बताया कि सूची सभी तहसील कार्यालयों में उपलब्ध है।"
    )
    assert _speakers(rules, text) == [("सूची सभी तहसील कार्यालयों में उपलब्ध है", "सुमेर सिंह")]


def test_a_pronoun_after_someone_described_without_a_name_points_to_them(
    rules: QuoteExtractor,
) -> None:
    text = (
        "किसान नेता रमेश साहू ने धरना दिया।\n"
        "मृतक अमन की बहन ने थाना पुलिस पर गंभीर आरोप लगाए हैं। उनका कहना है कि पुलिस दबाव में"
        " काम कर रही है।"
    )
    quotes = rules.extract(text)
    assert [(q.text, q.speaker.text if q.speaker else None) for q in quotes] == [
        ("पुलिस दबाव में काम कर रही है", "उनका")
    ]
    assert quotes[0].speaker is not None and quotes[0].speaker.name == "मृतक अमन की बहन"


def test_a_time_word_after_a_meeting_is_not_part_of_the_name(rules: QuoteExtractor) -> None:
    text = "विपक्षी दलों की बैठक के पश्चात Mohan Rawat ने बताया कि जनता बदलाव चाहती है।"
    assert _speakers(rules, text) == [("जनता बदलाव चाहती है", "Mohan Rawat")]


def test_an_object_put_after_the_verb_in_a_headline_is_not_speech(rules: QuoteExtractor) -> None:
    text = (
        "कोच ने सीधे तौर पर हार का जिम्मेदार बताया इन गेंदबाजों को\n"
        "रायपुर में खेले गए मुकाबले में मेजबान टीम ने जीत दर्ज की."
    )
    assert _speakers(rules, text) == []


def test_a_name_right_before_the_comma_of_a_headline_speaks(rules: QuoteExtractor) -> None:
    text = "Dil Se Dil Tak Movie को लेकर उत्साहित है अनुष्का वर्मा, बोलीं-'मैंने बहुत कुछ सीखा...'"
    assert _speakers(rules, text) == [("मैंने बहुत कुछ सीखा...", "अनुष्का वर्मा")]


def test_a_social_network_user_with_a_name_is_named(rules: QuoteExtractor) -> None:
    text = "एक यूजर राकेश पाल ने लिखा कि यह फैसला जनता के हित में नहीं है।"
    assert _speakers(rules, text) == [("यह फैसला जनता के हित में नहीं है", "राकेश पाल")]


def test_information_received_from_a_source_is_attributed_to_it(rules: QuoteExtractor) -> None:
    text = (
        "नगर निगम प्रबंधन से मिली जानकारी के अनुसार रविवार को जलापूर्ति बंद रहेगी। "
        "मिली जानकारी के अनुसार मरम्मत का काम शुरू हो गया है।"
    )
    assert _speakers(rules, text) == [("रविवार को जलापूर्ति बंद रहेगी", "नगर निगम प्रबंधन")]


def test_a_mark_after_a_cue_and_comma_inside_an_open_quote_opens_the_next(
    rules: QuoteExtractor,
) -> None:
    text = (
        "हाईकोर्ट ने याचिका खारिज करते हुए कहा कि,”यह मामला गंभीर है। जांच पूरी होनी चाहिए. "
        "राहत देना गलत होगा।खंडपीठ के मुताबिक,”अभियुक्त को छोड़ना न्याय के खिलाफ होगा। "
        "सुनवाई अगले माह होगी।"
    )
    spans = [q.text for q in rules.extract(text) if q.type == "direct"]
    assert spans == [
        "यह मामला गंभीर है। जांच पूरी होनी चाहिए. राहत देना गलत होगा।",
        "अभियुक्त को छोड़ना न्याय के खिलाफ होगा। सुनवाई अगले माह होगी।",
    ]


def test_a_question_reported_without_ki_ends_before_the_next_agent(rules: QuoteExtractor) -> None:
    text = "विपक्षी विधायक ने पूछा सड़क का काम कब पूरा होगा, मंत्री ने ही दिया जवाब अगले साल तक"
    assert [q.text for q in rules.extract(text)] == ["सड़क का काम कब पूरा होगा"]


def test_a_single_mark_with_spaces_after_ki_and_a_dash_opens_a_quote(rules: QuoteExtractor) -> None:
    text = (
        "मैच के बाद कप्तान रोहन देशमुख ने कहा कि - ' हम जीत के करीब थे। "
        "आखिरी ओवर में हमने गलती की'\nअगला मैच रविवार को होगा।"
    )
    assert _speakers(rules, text) == [("हम जीत के करीब थे। आखिरी ओवर में हमने गलती की", "रोहन देशमुख")]


def test_a_clause_reported_inside_a_when_clause_ends_before_its_then(
    rules: QuoteExtractor,
) -> None:
    text = "रिपोर्टर सुनील वर्मा ने जब मंत्री से पूछा कि क्या नई सड़क बनेगी तो वे भड़क गए।"
    assert _speakers(rules, text) == [("क्या नई सड़क बनेगी", "सुनील वर्मा")]


def test_a_genitive_before_a_compound_postposition_names_no_headline_speaker(
    rules: QuoteExtractor,
) -> None:
    text = (
        "बरसाना किसानों के बीच पहुंचे विधायक रमेश गुर्जर, कहा- बातचीत से निकलेगा रास्ता\n"
        "मथुरा। विधायक रमेश गुर्जर ने किसानों से बात की।"
    )
    assert _speakers(rules, text) == [("बातचीत से निकलेगा रास्ता", "रमेश गुर्जर")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "राज्य स्तरीय समारोह से इतर नवीन ने संवाददाताओं से कहा कि गठबंधन मजबूत है।\n"
            "मुख्यमंत्री नवीन कुमार ने पहले भी यह बात कही थी।",
            [("गठबंधन मजबूत है", "नवीन कुमार")],
        ),
        (
            "रैली में सरकार पर हमला बोला सरिता ने। सरिता गौतम ने कहा कि युवा बेरोजगार हैं।",
            [("युवा बेरोजगार हैं", "सरिता गौतम")],
        ),
        (
            "दल की सुप्रीमो कमला देवी ने ट्वीट किया कि पार्टी अकेले चुनाव लड़ेगी।",
            [("पार्टी अकेले चुनाव लड़ेगी", "कमला देवी")],
        ),
    ],
    ids=["itar", "verb-before-subject", "supremo"],
)
def test_words_before_a_name_that_are_not_part_of_it(
    rules: QuoteExtractor, text: str, expected: list[tuple[str, str]]
) -> None:
    assert _speakers(rules, text) == expected


def test_in_the_words_of_a_source_after_bakaul(rules: QuoteExtractor) -> None:
    text = (
        "अभिनेत्री रीमा सेन ने कहा कि वह खुश हैं। बकौल रीमा, शूटिंग के दौरान सबने साथ दिया। "
        'बकौल अभिनेत्री, "मैं अगली फिल्म में अलग किरदार निभाऊंगी।"'
    )
    assert _speakers(rules, text) == [
        ("वह खुश हैं", "रीमा सेन"),
        ("शूटिंग के दौरान सबने साथ दिया", "रीमा सेन"),
        ("मैं अगली फिल्म में अलग किरदार निभाऊंगी।", "रीमा सेन"),
    ]


def test_a_clause_reported_inside_another_is_part_of_it(rules: QuoteExtractor) -> None:
    text = (
        "अभिनेत्री रीमा सेन ने कहा है कि जब वह लंदन में थीं तब लोगों ने उनसे कहा था कि "
        'वह बहुत अच्छा गाती हैं। उन्होंने कहा, "मैं बहुत खुश हुई।"'
    )
    assert _speakers(rules, text) == [
        ("जब वह लंदन में थीं तब लोगों ने उनसे कहा था कि वह बहुत अच्छा गाती हैं", "रीमा सेन"),
        ("मैं बहुत खुश हुई।", "रीमा सेन"),
    ]


def test_a_district_after_an_office_is_part_of_the_office(rules: QuoteExtractor) -> None:
    text = (
        "एसएसपी लखनऊ राकेश मीणा ने कहा कि जांच जारी है। एसएसपी ने बताया कि आरोपी फरार है। "
        "एसएसपी लखनऊ ने कहा कि इनाम घोषित होगा।"
    )
    assert _speakers(rules, text) == [
        ("जांच जारी है", "राकेश मीणा"),
        ("आरोपी फरार है", "राकेश मीणा"),
        ("इनाम घोषित होगा", "राकेश मीणा"),
    ]


@pytest.mark.parametrize("group", ["प्रदेश की जनता", "लोग", "डेलिगेशन", "समर्थक"])
def test_a_group_is_never_a_persons_name(group: str) -> None:
    mention = classify_mention(tokenize(group, 0, len(group)))
    assert (mention.kind, mention.name) == ("role", None)


def test_a_pronoun_after_a_group_subject_is_the_last_named_speaker(rules: QuoteExtractor) -> None:
    text = (
        "विधायक सुनील शर्मा ने कहा कि सरकार काम कर रही है। प्रदेश की जनता ने बदलाव के लिए वोट "
        "दिया है। उन्होंने कहा कि विपक्ष बहाने बना रहा है।"
    )
    assert _speakers(rules, text)[-1] == ("विपक्ष बहाने बना रहा है", "सुनील शर्मा")


def test_the_english_word_for_an_actress_names_the_actress_the_page_named(
    rules: QuoteExtractor,
) -> None:
    text = "अभिनेत्री रीना मल्होत्रा ने कहा कि वह खुश हैं। एक्ट्रेस ने बताया कि फिल्म अगले माह रिलीज होगी।"
    assert _speakers(rules, text)[-1] == ("फिल्म अगले माह रिलीज होगी", "रीना मल्होत्रा")
