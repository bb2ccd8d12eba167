// How the skill talks: every topic, the navigation, the one-shot paths, speed, help, fallback and stop.
import { intentRequest, newSession } from '../local/envelope';
import { conversation } from './support/conversation';
import { spokenText } from './support/responses';

describe('launching the skill', () => {
  conversation('first use: welcome, disclaimer, the speed tip, example questions, then a question', [
    {
      user: 'open bone cancer guide',
      hears: [
        'Welcome to the secondary bone cancer guide',
        'general information, not medical advice',
        'speak slower',
        'What are the symptoms?',
      ],
      offers: 'What would you like to know?',
      reprompts: /You can say list topics, symptoms, or treatment\./,
    },
  ]);
});

describe('asking about each topic', () => {
  conversation('what it is, then deeper items one at a time, then on to the follow-up topic', [
    { user: 'open bone cancer guide', hears: 'Welcome' },
    {
      user: 'what is secondary bone cancer',
      intent: 'OverviewIntent',
      hears: ['started in another part of the body', 'bloodstream or the lymph nodes', 'spine, the ribs, the pelvis'],
      offers: 'Would you like to hear about the two main types?',
    },
    {
      user: 'yes',
      hears: ['Osteolytic means the bone has become damaged', 'Osteoblastic means new bone has formed'],
      offers: 'Would you like to hear about which cancers most often spread to bone?',
    },
    {
      user: 'next',
      hears: 'prostate cancer, breast cancer, lung cancer, thyroid cancer, and myeloma',
      offers: 'primary and secondary bone cancer',
    },
    { user: 'more', hears: 'more common than primary bone cancer', offers: 'what causes it' },
    {
      user: 'next',
      hears: ["That's everything on what secondary bone cancer is.", 'always caused by a primary cancer'],
      offers: 'the signs and symptoms',
    },
  ]);

  conversation('symptoms and all four other symptoms in turn', [
    {
      user: 'what are the symptoms',
      intent: 'SymptomsIntent',
      hears: [
        'dull, persistent ache',
        'worse with movement and at night',
        'fractures, high calcium in the blood, pressure on the nerves in the spine, and low levels of blood cells',
      ],
      offers: 'fractures',
    },
    { user: 'yes', hears: 'break more easily', offers: 'high calcium in the blood' },
    { user: 'yes', hears: ['hypercalcaemia', 'nausea and vomiting'], offers: 'pressure on the nerves in the spine' },
    { user: 'yes', hears: ['tingling or numbness', 'difficulty walking'], offers: 'low levels of blood cells' },
    { user: 'yes', hears: ['bone marrow', 'bruise or bleed more easily', 'infection'], offers: 'the tests used to find it' },
    { user: 'yes', hears: ['blood tests, X-rays, a bone scan, C T or M R I scans, a pet scan, and a bone biopsy'] },
  ]);

  conversation('tests, each one by name', [
    { user: 'how is it diagnosed', intent: 'DiagnosisIntent', hears: 'at the same time as the primary cancer', offers: 'blood tests' },
    { user: 'next', hears: ['full blood count', 'calcium levels'] },
    { user: 'next', hears: 'chest and bones' },
    { user: 'next', hears: 'radioactive dye' },
    { user: 'next', hears: 'between 30 and 90 minutes' },
    { user: 'next', hears: ['positron emission tomography', 'radioactive glucose'] },
    {
      user: 'next',
      hears: ['core needle biopsy', 'local anaesthetic', 'surgical biopsy', 'general anaesthetic'],
      offers: 'how it is treated',
    },
  ]);

  conversation('treatment, and every option by name', [
    {
      user: 'how is it treated',
      intent: 'TreatmentIntent',
      hears: [
        'control or shrink the cancer',
        'hormone therapy, chemotherapy, targeted therapy, immunotherapy, radiation therapy, surgery, vertebroplasty, and palliative care',
      ],
      offers: 'hormone therapy',
    },
    { user: 'yes', hears: ['endocrine therapy', 'tablets or by injection'] },
    { user: 'yes', hears: ['kill cancer cells or slow their growth', 'several cycles'] },
    { user: 'yes', hears: 'certain proteins' },
    { user: 'yes', hears: 'checkpoint inhibitors' },
    { user: 'yes', hears: ['radiotherapy', 'external beam radiation therapy'] },
    { user: 'yes', hears: ['metal rods, plates, screws, wires or pins', 'spinal cord'] },
    { user: 'yes', hears: ['bone cement', 'about an hour'] },
    { user: 'yes', hears: ['quality of life', 'without aiming to cure it'], offers: 'the treatment team' },
    {
      user: 'yes',
      hears: ['a G P, a radiologist', 'medical oncologist', 'social workers or counsellors'],
      offers: 'screening',
    },
    { user: 'yes', hears: 'no national screening program', offers: 'prevention' },
    { user: 'yes', hears: 'not smoking', offers: 'the outlook, or prognosis' },
    { user: 'yes', hears: "can't be cured", offers: 'coping after a diagnosis' },
    { user: 'yes', hears: ['fear, anxiety, loss of control or disbelief', 'family and friends'], offers: 'where to call for support' },
    { user: 'yes', hears: ['thirteen eleven twenty', 'triple zero'], offers: 'where this information comes from' },
    { user: 'yes', hears: 'July 2020', offers: 'what secondary bone cancer is' },
  ]);

  conversation('the remaining topics, asked directly', [
    { user: 'what causes it', intent: 'CausesIntent', hears: 'always caused by a primary cancer' },
    { user: 'what types are there', intent: 'TypesIntent', hears: 'two main types' },
    { user: 'which cancers spread to the bones', intent: 'PrimaryCancersIntent', hears: 'thyroid cancer, and myeloma' },
    {
      user: 'is there a screening program',
      intent: 'ScreeningIntent',
      hears: 'no national screening program for secondary bone cancer in Australia',
    },
    { user: 'can it be prevented', intent: 'PreventionIntent', hears: ['no prevention advice just for this disease', 'not smoking'] },
    { user: 'what is the prognosis', intent: 'PrognosisIntent', hears: ["can't be cured", 'quality of life'] },
    { user: 'who will be in my treatment team', intent: 'TreatmentTeamIntent', hears: 'health professionals' },
    {
      user: 'where does this information come from',
      intent: 'SourceIntent',
      hears: [
        "Cancer Council Australia's fact sheet, Understanding secondary bone cancer, from 2020",
        'July 2020',
        'general information only',
      ],
    },
  ]);
});

describe('one-shot questions', () => {
  conversation('"ask bone cancer guide how is it treated" answers at once, then the disclaimer and one offer', [
    {
      user: 'ask bone cancer guide how is it treated',
      intent: 'TreatmentIntent',
      hears: ['Treatment aims to control or shrink the cancer', 'general information, not medical advice'],
      neverHears: 'Welcome',
      offers: 'Would you like to hear about hormone therapy?',
    },
    { user: 'no', hears: 'Okay.', offers: 'What else would you like to know?' },
    { user: 'stop', hears: 'Goodbye', ends: true },
  ]);

  conversation('the disclaimer is said once per session', [
    { user: 'ask bone cancer guide what are the symptoms', hears: 'not medical advice' },
    { user: 'what causes it', neverHears: 'not medical advice' },
  ]);
});

describe('finding things by name', () => {
  conversation('tell me about X reaches deeper items by everyday names', [
    { user: 'tell me about chemo', intent: 'TellMeAboutIntent', hears: 'Chemotherapy uses drugs' },
    { user: 'tell me about radiotherapy', hears: 'external beam radiation therapy' },
    { user: 'tell me about bone scans', hears: 'radioactive dye' },
    { user: 'tell me about the support line', hears: 'thirteen eleven twenty' },
    { user: 'tell me about osteolytic', hears: 'the bone has become damaged' },
    {
      user: 'tell me about flying carpets',
      hears: ["The fact sheet doesn't cover that", 'treatment team', 'thirteen eleven twenty'],
      offers: 'Would you like to hear about the two main types?',
    },
  ]);

  conversation('what does X mean answers from the glossary, then offers the related part', [
    {
      user: 'what does hypercalcaemia mean',
      intent: 'DefineTermIntent',
      hears: 'high levels of calcium in the blood',
      offers: 'high calcium in the blood',
    },
    { user: 'yes', hears: 'releases calcium into the bloodstream' },
    { user: 'what does palliative care mean', hears: 'without aiming to cure it', offers: 'palliative care' },
    { user: 'what does metastasised mean', hears: 'has spread from the part of the body where it started' },
    {
      user: 'what does flibbertigibbet mean',
      hears: ["The fact sheet doesn't cover that", 'treatment team', 'thirteen eleven twenty'],
      offers: 'Would you like to hear about what secondary bone cancer is?',
    },
  ]);
});

describe('getting around', () => {
  conversation('repeat says exactly the last answer; go back steps back; start over goes to the menu', [
    { user: 'what are the symptoms', hears: 'most common symptom is pain' },
    { user: 'next', hears: 'break more easily' },
    { user: 'repeat', hears: 'break more easily', offers: 'high calcium in the blood' },
    { user: 'what was that', intent: 'AMAZON.RepeatIntent', hears: 'break more easily' },
    { user: 'go back', hears: 'most common symptom is pain' },
    { user: 'go back', hears: 'This is the start of the signs and symptoms.' },
    { user: 'how is it treated', hears: 'Treatment aims' },
    { user: 'go back', hears: 'most common symptom is pain' },
    { user: 'start over', hears: ['Main menu.', 'I can tell you about what it is'], offers: 'Which topic would you like?' },
    { user: 'yes', hears: 'Secondary bone cancer is a cancer that started' },
  ]);

  conversation('list topics names every topic, and reprompts with at most three choices', [
    {
      user: 'list topics',
      intent: 'ListTopicsIntent',
      hears:
        'what it is, the types, which cancers spread to bone, symptoms, causes, tests, treatment, the treatment team, after a diagnosis, screening, prevention, prognosis and where this information comes from',
      reprompts: 'You can say symptoms, treatment, or walk me through it.',
    },
  ]);

  conversation('the guided tour walks through every topic in order, with more for detail', [
    {
      user: 'walk me through it',
      intent: 'GuidedTourIntent',
      hears: ['guided tour of all 13 topics', 'started in another part of the body'],
      offers: 'Next on the tour is the two main types. Shall I go on?',
    },
    { user: 'next', hears: 'two main types', offers: 'which cancers most often spread to bone' },
    { user: 'yes', hears: 'myeloma', offers: 'the signs and symptoms' },
    { user: 'next', hears: 'most common symptom is pain', offers: 'what causes it' },
    { user: 'more', hears: 'break more easily', offers: 'high calcium' },
    { user: 'help', hears: "You're on the guided tour, hearing about fractures." },
    { user: 'no', hears: "I've stopped the tour" },
  ]);

  conversation('the tour ends after the last topic', [
    { user: 'walk me through it', hears: 'guided tour' },
    ...Array.from({ length: 11 }, () => ({ user: 'next' })),
    {
      user: 'next',
      hears: ['last medically reviewed in July 2020', "That's the end of the tour.", 'thirteen eleven twenty'],
      offers: 'What else would you like to know?',
    },
    { user: 'next', hears: 'Secondary bone cancer is a cancer that started' },
  ]);

  conversation('yes with nothing offered, and no, are handled', [
    { user: 'open bone cancer guide', hears: 'Welcome' },
    { user: 'yes', hears: ["I'm not sure what you're saying yes to", 'I can tell you about'] },
    { user: 'no', hears: 'Okay.', offers: 'What else would you like to know?' },
  ]);
});

describe('speech rate', () => {
  conversation('slower applies to everything after, reprompts included, and offers to repeat', [
    { user: 'what are the symptoms', hears: 'pain' },
    {
      user: 'speak slower',
      intent: 'SpeakSlowerIntent',
      hears: "I'll speak more slowly",
      offers: 'Would you like me to say that again?',
      check: (response) => {
        expect(JSON.stringify(response.response.outputSpeech)).toContain('<prosody rate=\\"80%\\">');
        expect(JSON.stringify(response.response.reprompt)).toContain('<prosody rate=\\"80%\\">');
      },
    },
    { user: 'yes', hears: 'most common symptom is pain', check: (r) => expect(JSON.stringify(r.response)).toContain('rate=\\"80%\\"') },
    { user: 'slow down', check: (r) => expect(JSON.stringify(r.response)).toContain('rate=\\"65%\\"') },
    { user: 'speak slower', check: (r) => expect(JSON.stringify(r.response)).toContain('rate=\\"50%\\"') },
    {
      user: 'speak slower',
      hears: 'This is the slowest I can speak',
      check: (r) => expect(JSON.stringify(r.response)).toContain('rate=\\"50%\\"'),
    },
    {
      user: 'normal speed',
      intent: 'NormalSpeedIntent',
      hears: 'back to my normal speed',
      check: (r) => expect(JSON.stringify(r.response)).not.toContain('prosody'),
    },
    {
      user: 'speak faster',
      intent: 'SpeakFasterIntent',
      hears: 'a little faster',
      check: (r) => expect(JSON.stringify(r.response)).toContain('rate=\\"120%\\"'),
    },
    { user: 'repeat', hears: 'most common symptom is pain' },
  ]);
});

describe('help, fallback and stop', () => {
  conversation('help knows where you are, always carries the disclaimer and the support line', [
    {
      user: 'help',
      intent: 'AMAZON.HelpIntent',
      hears: ['You can ask me about secondary bone cancer', 'not medical advice', 'thirteen eleven twenty'],
    },
    { user: 'how is it treated', hears: 'Treatment aims' },
    // Help asks the waiting question again, so "yes" still means what it meant.
    {
      user: 'help',
      hears: ["You're hearing about how it is treated.", 'Say next'],
      reprompts: 'Would you like to hear about hormone therapy? You can say yes, repeat, or list topics.',
    },
    { user: 'yes', hears: 'Hormone therapy, also called endocrine therapy' },
  ]);

  conversation('fallback names what can be asked, and keeps the offer open', [
    {
      user: 'order a pizza',
      intent: 'AMAZON.FallbackIntent',
      hears: ['symptoms', 'the tests used to find it'],
      neverHears: /^Sorry, I didn't understand\.?$/,
    },
    { user: 'what are the symptoms', hears: 'pain' },
    {
      user: 'turn on the lights',
      hears: ['I can answer questions about secondary bone cancer', 'call triple zero in an emergency', 'thirteen eleven twenty'],
      offers: 'Would you like to hear about fractures?',
    },
    { user: 'yes', hears: 'break more easily' },
  ]);

  conversation('stop and cancel end with one line', [
    { user: 'open bone cancer guide' },
    { user: 'cancel', intent: 'AMAZON.CancelIntent', hears: 'Goodbye, and take care.', ends: true },
  ]);
});

describe('the main menu, resume and forget me without a store', () => {
  conversation('main menu goes home from anywhere; carry on returns to the last answer', [
    { user: 'what are the symptoms', hears: 'pain' },
    { user: 'next', hears: 'break more easily' },
    { user: 'main menu', intent: 'AMAZON.NavigateHomeIntent', hears: 'Main menu.', offers: 'Which topic would you like?' },
    {
      user: 'carry on where i left off',
      intent: 'ResumeIntent',
      hears: 'releases calcium into the bloodstream',
      offers: 'pressure on the nerves in the spine',
    },
  ]);

  conversation('forget me, when nothing is kept, says so and ends', [
    { user: 'open bone cancer guide', hears: 'Welcome' },
    { user: 'forget me', intent: 'ForgetMeIntent', hears: "I'm not keeping any settings for you here", ends: true },
  ]);
});

describe('offers follow the question last spoken', () => {
  conversation('after "speak slower", yes repeats once; the next yes takes the repeated answer\'s own offer', [
    { user: 'what are the symptoms', hears: 'pain' },
    { user: 'speak slower', offers: 'Would you like me to say that again?' },
    { user: 'yes', hears: 'most common symptom is pain', offers: 'Would you like to hear about fractures?' },
    { user: 'yes', hears: 'break more easily' },
    { user: 'repeat', hears: 'break more easily', offers: 'high calcium in the blood' },
    { user: 'yes', hears: 'releases calcium into the bloodstream' },
  ]);

  conversation('a definition on the tour keeps the tour: next goes on to the next stop, yes goes where it offered', [
    { user: 'walk me through it', hears: 'guided tour' },
    { user: 'what does metastasised mean', hears: 'has spread from the part of the body where it started' },
    { user: 'next', hears: 'two main types', offers: 'Next on the tour is which cancers most often spread to bone' },
    {
      user: 'what does palliative care mean',
      hears: 'without aiming to cure it',
      offers: 'Would you like to hear more about palliative care?',
    },
    { user: 'yes', hears: 'Secondary bone cancer is an advanced cancer', offers: 'Next on the tour is the treatment team. Shall I go on?' },
    { user: 'stop the tour', intent: 'AMAZON.NoIntent', hears: "I've stopped the tour" },
  ]);

  conversation('on the tour, list topics then next goes on with the tour; go back skips stops of their own', [
    { user: 'walk me through it' },
    { user: 'more', hears: 'more common than primary bone cancer' },
    { user: 'go back', hears: 'Secondary bone cancer is a cancer that started', offers: 'Next on the tour is the two main types' },
    { user: 'list topics', hears: 'I can tell you about' },
    { user: 'next', hears: 'two main types', offers: 'Next on the tour is which cancers most often spread to bone' },
    { user: 'carry on where i left off', hears: 'thyroid cancer, and myeloma', offers: 'Next on the tour is' },
  ]);

  conversation('something the skill cannot place asks the waiting question again', [
    { user: 'what are the symptoms', offers: 'fractures' },
    { user: 'tell me about flying carpets', hears: "The fact sheet doesn't cover that", offers: 'Would you like to hear about fractures?' },
    { user: 'yes', hears: 'break more easily' },
    { user: 'speak slower', offers: 'Would you like me to say that again?' },
    { user: 'order a pizza', offers: 'Would you like me to say that again?' },
    { user: 'yes', hears: 'break more easily' },
  ]);

  conversation('no declines an offer; no to "what else" ends the visit', [
    { user: 'what are the symptoms', offers: 'fractures' },
    { user: 'no', hears: 'Okay.', offers: 'What else would you like to know?' },
    { user: 'no', hears: 'Goodbye, and take care.', ends: true },
  ]);

  conversation("on the tour, more goes into a topic's own items, not into stops the tour will reach anyway", [
    { user: 'walk me through it', offers: 'Next on the tour is the two main types. Shall I go on?' },
    { user: 'more', hears: 'more common than primary bone cancer', offers: 'Next on the tour is the two main types. Shall I go on?' },
    { user: 'yes', hears: 'two main types' },
  ]);
});

describe('help when it is needed', () => {
  conversation('anything urgent gets the emergency number first, then the support line; the skill never claims to call', [
    {
      user: 'call an ambulance',
      intent: 'UrgentHelpIntent',
      hears: [
        "If this is an emergency, please call triple zero, Australia's emergency number, now",
        "I can't call anyone for you",
        'thirteen eleven twenty',
      ],
    },
    { user: "he can't breathe", intent: 'UrgentHelpIntent', hears: 'please call triple zero' },
    { user: 'can you call cancer council', intent: 'UrgentHelpIntent', hears: ["I can't call anyone for you", 'thirteen eleven twenty'] },
  ]);

  conversation('asking for the number reaches the support line directly', [
    { user: 'what number do i call', intent: 'SupportLineIntent', hears: 'call Cancer Council on thirteen eleven twenty' },
    { user: 'who can i talk to', intent: 'SupportLineIntent', hears: 'thirteen eleven twenty' },
    { user: 'what it is', intent: 'OverviewIntent', hears: 'started in another part of the body' },
  ]);
});

describe('the questions that matter most', () => {
  conversation('time left: the sheet’s own prognosis words, gently, with the support line; never a procedure’s duration', [
    {
      user: 'ask bone cancer guide how long has grandad got',
      hears: ["I'm sorry", 'No doctor can predict the exact course', 'thirteen eleven twenty'],
      neverHears: ['minutes', 'hours', 'C T'],
      offers: 'Would you like to hear more about the outlook, or prognosis?',
    },
    { user: 'yes', hears: 'Prognosis means the likely outcome of a disease', neverHears: 'No doctor can predict' },
  ]);

  conversation('will I see christmas, and is it terminal, reach the prognosis however they are said', [
    { user: 'ask bone cancer guide will i see christmas', hears: ['No doctor can predict'], neverHears: 'health professionals' },
    { user: 'ask bone cancer guide is my dad going to die from this', hears: ['No doctor can predict', "can't be cured"] },
    { user: 'ask bone cancer guide can secondary bone cancer be cured', hears: ['Whether it can be cured:', "can't be cured"] },
  ]);

  conversation('despair: acknowledged, Lifeline, triple zero and the support line; no speed tip, no bright question; stays open', [
    {
      user: 'ask bone cancer guide i want to die',
      intent: 'CrisisIntent',
      hears: ["I'm so sorry you're feeling this way", 'Lifeline on thirteen eleven fourteen', 'call triple zero', 'thirteen eleven twenty'],
      neverHears: ['speak slower', 'What else would you like to know', 'general information, not medical advice'],
      offers: 'Would you like me to say those numbers again?',
    },
    { user: 'yes', hears: 'Lifeline on thirteen eleven fourteen', offers: 'Would you like me to say those numbers again?' },
    {
      user: 'no',
      hears: "Okay. I'm here if you'd like to ask anything, and Lifeline is there any time, on thirteen eleven fourteen.",
      neverHears: 'What else would you like to know',
      offers: 'Would you like to hear about where to call for support?',
    },
  ]);

  conversation('the hard questions said through what someone did or said today (twenty-first pass)', [
    {
      // Drowsiness and not eating are escalated first; "is this him going" is still heard as dying.
      user: "ask bone cancer guide he's stopped eating and sleeps most of the day now is this him going",
      hears: ['contact the doctor or treatment team now', 'No doctor can predict'],
    },
    {
      user: "ask bone cancer guide her eightieth is in june will she get there we've booked the club",
      hears: 'No doctor can predict',
      neverHears: 'health professionals',
    },
    { user: 'ask bone cancer guide he told me he is ready to go is that what is happening', hears: 'No doctor can predict' },
    {
      user: "ask bone cancer guide i smile for the grandkids but inside i've given up",
      intent: 'QuestionIntent',
      hears: 'Lifeline on thirteen eleven fourteen',
    },
    {
      user: "ask bone cancer guide his patch isn't working so i'll put a second one on is that ok",
      hears: "I can't advise on your own treatment or medicines",
    },
    {
      user: 'ask bone cancer guide would you push for the operation or stick with the radiotherapy',
      hears: "I can't advise on your own treatment or medicines",
    },
    { user: 'ask bone cancer guide the chemo finished last week so is it gone now', hears: "can't be cured" },
    {
      // "getting at" asks what a doctor hinted; "get at the cancer" does not.
      user: 'ask bone cancer guide what does radiotherapy use to get at the cancer',
      hears: 'X-rays',
      neverHears: 'No doctor can predict',
    },
    {
      user: 'ask bone cancer guide is a glass of wine bad for this',
      hears: "The fact sheet doesn't cover that exactly",
      neverHears: "can't be cured",
    },
    {
      user: 'ask bone cancer guide do i have to make my mind up about the radiotherapy right there at the clinic',
      hears: 'Take as much time as you can',
    },
    {
      // "Can't stop drinking and i feel …" is thirst and confusion, not legs that cannot feel.
      user: "ask bone cancer guide mum's so thirsty she can't stop drinking and she feels all muddled",
      hears: ['contact the doctor or treatment team now', 'calcium'],
      neverHears: 'nerves in the spine',
    },
    {
      user: 'ask bone cancer guide dad keeps drifting off in the middle of talking',
      hears: ['contact the doctor or treatment team now', 'calcium'],
    },
    { user: "ask bone cancer guide i'm eighty two now will i make ninety", hears: 'No doctor can predict' },
    { user: 'ask bone cancer guide is this the beginning of the end for her', hears: 'No doctor can predict' },
    { user: 'ask bone cancer guide the nurse says she is ready to go home tomorrow', neverHears: 'No doctor can predict' },
    {
      // A stay in hospital is how long a treatment keeps someone in, not time left; time left said beside it still is.
      user: 'ask bone cancer guide how long will dad be in hospital once the pins are in',
      hears: "the fact sheet doesn't cover that",
      neverHears: 'No doctor can predict',
    },
    { user: "ask bone cancer guide she's in hospital now how long has she got", hears: 'No doctor can predict' },
    // Twenty-second pass: fear that shakes, a cure asked as reversible, despair as a gutful, time left as years or
    // months and as family flying home, legs that won't obey, a decision asked as silly, the spread heard as final.
    { user: "ask bone cancer guide i'm trembling i'm so frightened about the results", hears: 'fear, anxiety', neverHears: 'triple zero' },
    { user: "ask bone cancer guide is it reversible now it's in his hip", hears: "can't be cured" },
    { user: "ask bone cancer guide i've had a gutful of all of it", hears: 'Lifeline' },
    { user: 'ask bone cancer guide do patients get years or is it just months', hears: 'No doctor can predict' },
    { user: 'ask bone cancer guide should we get the kids to fly home before it is too late', hears: 'No doctor can predict' },
    { user: 'ask bone cancer guide his legs will not do what he wants them to', hears: 'contact the doctor or treatment team now' },
    { user: 'ask bone cancer guide would it be silly to skip the radiotherapy', hears: "I can't advise" },
    { user: "ask bone cancer guide my aunt says spread to the bones means it's final", hears: 'No doctor can predict' },
    { user: "ask bone cancer guide i'm frightened we're on the home stretch now", hears: 'No doctor can predict' },
    // Anger at one's own body is a feeling, not the body giving up; being hopeless with needles is not despair.
    {
      user: "ask bone cancer guide i'm cross with my body for failing me is that normal",
      hears: 'fear, anxiety',
      neverHears: 'No doctor can predict',
    },
    {
      user: "ask bone cancer guide i'm useless with tablets can chemo be a drip",
      hears: 'chemotherapy',
      neverHears: ['Lifeline', 'fear, anxiety'],
    },
    { user: "ask bone cancer guide i've worked out how i would do it", hears: 'Lifeline' },
    { user: 'ask bone cancer guide can she be cured of it', hears: "can't be cured" },
    { user: "ask bone cancer guide it's never going to leave his body is it", hears: "can't be cured" },
    { user: 'ask bone cancer guide will the cement fix his back pain for good', neverHears: "can't be cured" },
    {
      user: 'ask bone cancer guide i always thought palliative care meant the last few days',
      hears: 'quality of life',
      neverHears: 'No doctor can predict',
    },
    { user: "ask bone cancer guide his legs just won't work anymore", hears: 'contact the doctor or treatment team now' },
    { user: 'ask bone cancer guide his legs feel funny today', hears: 'contact the doctor or treatment team now' },
    // From the review of this pass's cues: each narrowed where it fired on an ordinary remark or hid a symptom or despair.
    { user: "ask bone cancer guide i'm hopeless at this i want to kill myself", hears: 'Lifeline' },
    { user: 'ask bone cancer guide dad is shaking and scared and has a high fever', hears: 'contact the doctor or treatment team now' },
    { user: "ask bone cancer guide i've had a gutful of the hospital food", neverHears: 'Lifeline' },
    {
      user: "ask bone cancer guide he's too tired to fight the infection is that normal",
      hears: 'contact the doctor or treatment team now',
      neverHears: 'Lifeline',
    },
    { user: 'ask bone cancer guide does that mean the chemo is finished', neverHears: 'No doctor can predict' },
    { user: 'ask bone cancer guide will the ache ever leave my bones', neverHears: "can't be cured" },
    { user: "ask bone cancer guide if they fix the pain does that mean it's cured", hears: "can't be cured" },
    { user: "ask bone cancer guide it's a funny old thing his arms are fine", neverHears: 'contact the doctor or treatment team now' },
    { user: 'ask bone cancer guide is it okay if we say no to the radiotherapy', hears: "I can't advise" },
    { user: 'ask bone cancer guide is there still years left for her', hears: 'No doctor can predict' },
    { user: "ask bone cancer guide my neighbour says bone mets means you're finished is that true", hears: 'No doctor can predict' },
    { user: 'ask bone cancer guide just too tired to fight any more', hears: 'Lifeline' },
    { user: 'ask bone cancer guide the vertebroplasty is it overnight', hears: 'vertebroplasty', neverHears: 'No doctor can predict' },
    { user: 'ask bone cancer guide fish oil supplements okay or not', hears: "I can't advise" },
    { user: 'ask bone cancer guide are the tablets chemo yes or no', neverHears: "I can't advise" },
    {
      // An occasion said beside palliative care asks whether it will be reached: time left, not what palliative care is.
      user: 'ask bone cancer guide the hospice nurse is lovely but will she be here for her birthday in june',
      hears: 'No doctor can predict',
    },
    {
      user: "ask bone cancer guide my sister's been crying non stop since the scan what can i do",
      hears: 'fear, anxiety',
      neverHears: 'How many treatments',
    },
    {
      // Legs gone completely numb are escalated with the nerves; "gone completely" is not the cancer gone.
      user: 'ask bone cancer guide his legs have gone completely numb this morning',
      hears: ['contact the doctor or treatment team now', 'nerves'],
      neverHears: "can't be cured",
    },
    { user: 'ask bone cancer guide what to ask about the chemo', hears: 'side effects, risks and benefits' },
    {
      user: 'ask bone cancer guide how much of the day does the biopsy take with the recovery',
      hears: "the fact sheet doesn't cover that",
      neverHears: ['Awake or asleep', 'minutes'],
    },
    {
      user: 'ask bone cancer guide is the cement for pain in the spine or for broken hips',
      neverHears: 'contact the doctor or treatment team now',
    },
    {
      // Muddling two words up is no confusion now.
      user: 'ask bone cancer guide i keep muddling them up what is osteolytic again',
      hears: 'damaged',
      neverHears: 'contact the doctor or treatment team now',
    },
    // Twenty-third pass: despair as praying not to wake or as no reason to stay, a fall asked as a cause, a decision
    // asked as "right now", a lifestyle asked as the cause (only the closest the sheet comes), time left as years ahead.
    { user: "ask bone cancer guide some nights i hope i'm not to wake up", hears: 'Lifeline' },
    { user: "ask bone cancer guide honestly i can't deal with any of this", hears: 'Lifeline' },
    { user: "ask bone cancer guide there's no reason to stay now he's gone", hears: 'Lifeline' },
    {
      user: 'ask bone cancer guide my brother reckons a knock at footy last winter could a knock cause it',
      hears: 'always caused by a primary cancer',
      neverHears: 'contact the doctor or treatment team now',
    },
    {
      user: 'ask bone cancer guide dad fell in the shower this morning could it cause a fracture',
      hears: 'contact the doctor or treatment team now',
    },
    { user: 'ask bone cancer guide does he have to choose the treatment right now', hears: 'Take as much time as you can' },
    { user: 'ask bone cancer guide did the drinking give her the bone cancer', hears: ["doesn't cover that exactly", 'primary cancer'] },
    { user: 'ask bone cancer guide what causes it', hears: 'always caused by a primary cancer', neverHears: "doesn't cover" },
    { user: 'ask bone cancer guide is it a matter of years for mum', hears: 'No doctor can predict' },
    { user: 'ask bone cancer guide does she still have years ahead of her', hears: 'No doctor can predict' },
    { user: 'ask bone cancer guide is it like a months thing or less', hears: 'No doctor can predict' },
    { user: "ask bone cancer guide is this the thing that's going to take my husband", hears: 'No doctor can predict' },
    { user: "ask bone cancer guide it's just never going to go away is it", hears: "can't be cured" },
    { user: 'ask bone cancer guide will the new drug fix my mum', hears: "can't be cured" },
    { user: "ask bone cancer guide i feel guilty for laughing while she's so sick", hears: 'fear, anxiety' },
    { user: 'ask bone cancer guide he takes hormone tablets how does that help', neverHears: "I can't advise" },
    { user: "ask bone cancer guide i don't know how to go on without him", hears: 'Lifeline' },
    // Sets c and d: an interval is not a count; one session or many is.
    {
      user: 'ask bone cancer guide how many days apart are his chemo cycles',
      hears: "doesn't cover that",
      neverHears: ['How many treatments', 'several hours'],
    },
    { user: 'ask bone cancer guide is radiotherapy just one session or several', hears: 'one treatment, or several' },
    { user: 'ask bone cancer guide could we have stopped this from happening', hears: 'no prevention advice' },
    { user: 'ask bone cancer guide is it okay if she takes the tablets instead of the chemo', hears: "I can't advise" },
    { user: 'ask bone cancer guide the plan says non curative', hears: "can't be cured" },
    // Sets e and f: a scan of the back or the chest is no back pain now; time
    // left compared or bought; despair as another week or sleeping for good; a choice asked as the smarter one.
    {
      user: 'ask bone cancer guide do they scan her back or her chest as well',
      neverHears: 'contact the doctor or treatment team now',
    },
    { user: 'ask bone cancer guide mum keeps muddling her words today', hears: 'contact the doctor or treatment team now' },
    { user: 'ask bone cancer guide do men with prostate cancer in the bones live longer', hears: 'No doctor can predict' },
    { user: 'ask bone cancer guide if the radiotherapy works how much time would it buy her', hears: 'No doctor can predict' },
    { user: 'ask bone cancer guide can this be sorted like her breast cancer was', hears: "can't be cured" },
    { user: "ask bone cancer guide i can't face another week like this", hears: 'Lifeline' },
    { user: 'ask bone cancer guide i just want to go to sleep for good', hears: 'Lifeline' },
    { user: 'ask bone cancer guide which would you choose for him surgery or radiotherapy', hears: "I can't advise" },
    { user: 'ask bone cancer guide can we leave the decisions to the doctors', hears: 'how involved' },
    { user: "ask bone cancer guide is it wrong that i'm relieved when the nurse comes", hears: 'fear, anxiety' },
    // Who said it, after a remark that names nothing of the sheet; a remark that names a treatment keeps it.
    {
      user: "ask bone cancer guide we were at the shops and the gp rang to say dad's cancer has metastasised what does that mean",
      hears: 'started in another part of the body',
      neverHears: 'health professionals',
    },
    {
      user: 'ask bone cancer guide mum asked about immunotherapy and the oncologist said it is not for her why not',
      hears: 'immun',
    },
    // Sets i and j: the thing reported, then asked of; a treatment named beside the symptom it eases; back pain put up
    // with is no emergency; time left as "down to weeks"; a knock as the cause.
    {
      user: 'ask bone cancer guide her breast cancer is in her hip and the letter mentioned hormone therapy what does that do',
      hears: 'lowers the levels of hormones',
    },
    { user: 'ask bone cancer guide what can the palliative team do about his bone pain', hears: 'Palliative care' },
    {
      user: 'ask bone cancer guide should she get the cement or keep putting up with the back pain',
      hears: ['contact the doctor or treatment team now', "I can't advise"],
    },
    { user: 'ask bone cancer guide is it down to days now for dad', hears: 'No doctor can predict' },
    { user: 'ask bone cancer guide is it the lung cancer or the bone one that will take her', hears: 'No doctor can predict' },
    { user: 'ask bone cancer guide everyone with bone mets dies within a year is that right', hears: 'No doctor can predict' },
    { user: 'ask bone cancer guide will the shadows on his bones just go away', hears: "can't be cured" },
    { user: 'ask bone cancer guide can a knock on the shin start cancer there', hears: 'always caused by a primary cancer' },
    { user: 'ask bone cancer guide can my kids catch it from living with me', neverHears: 'No doctor can predict' },
    // From the review of this pass's cues: despair beside a symptom keeps the escalation line; each cue narrowed where
    // it hid a symptom, lost a decline, or gave Lifeline or the prognosis to an ordinary remark.
    {
      user: "ask bone cancer guide i can't deal with this anymore, mum has fallen again and can't get up",
      hears: ['Lifeline', 'contact the doctor or treatment team now'],
    },
    {
      user: "ask bone cancer guide i can't go on, his legs have gone numb",
      hears: ['Lifeline', 'contact the doctor or treatment team now'],
    },
    { user: 'ask bone cancer guide i want to die', hears: 'Lifeline', neverHears: 'contact the doctor or treatment team now' },
    {
      user: "ask bone cancer guide dad's been putting up with the pain in his back but it's got really bad overnight",
      hears: 'contact the doctor or treatment team now',
    },
    {
      user: 'ask bone cancer guide mum slipped out of my hands and fell, now her hip hurts',
      hears: 'contact the doctor or treatment team now',
    },
    {
      user: "ask bone cancer guide dad is mixing up the two grandkids' names and is very sleepy today",
      hears: 'contact the doctor or treatment team now',
    },
    { user: 'ask bone cancer guide can she have longer between doses of morphine', hears: "I can't advise" },
    { user: 'ask bone cancer guide can i choose right now to stop the morphine', hears: "I can't advise" },
    { user: "ask bone cancer guide i read i should double my pain patch if it's not working, right or not", hears: "I can't advise" },
    { user: 'ask bone cancer guide her legs have been numb for a day or longer', neverHears: 'No doctor can predict' },
    { user: 'ask bone cancer guide is there a bus that takes him to radiotherapy', neverHears: 'No doctor can predict' },
    { user: "ask bone cancer guide i'm worried about him never waking up from the surgery", neverHears: 'Lifeline' },
    { user: "ask bone cancer guide there's no reason to stay in hospital, can he go home", neverHears: 'Lifeline' },
    { user: "ask bone cancer guide can they fix my dad's hip", neverHears: "can't be cured" },
    { user: 'ask bone cancer guide will the numbness in his legs just go away', neverHears: "can't be cured" },
    { user: 'ask bone cancer guide they mentioned a cement injection for her hip, what does that do', hears: "doesn't cover that exactly" },
    // After the end sets were measured: tablets put aside for a way out, and being asked to help end it, are despair;
    // whether rods come out again is no cure.
    { user: "ask bone cancer guide he's been keeping his pills aside just in case", hears: 'Lifeline' },
    { user: 'ask bone cancer guide sometimes i think i need a way out', hears: 'Lifeline' },
    { user: 'ask bone cancer guide my husband begged me to help him end it', hears: 'Lifeline' },
    { user: 'ask bone cancer guide i need a way out of the hospital car park', neverHears: 'Lifeline' },
    { user: 'ask bone cancer guide will they take them out again, the screws in her leg', neverHears: "can't be cured" },
  ]);

  conversation('time left asked after a treatment is named is still time left, never that treatment’s duration', [
    {
      user: 'ask bone cancer guide since the radiotherapy finished how much time does she have left',
      hears: ['No doctor can predict', "can't be cured"],
      neverHears: ['several over a few weeks', 'one treatment'],
    },
  ]);

  conversation('a remark said beside a question never unsays what the question asks', [
    {
      // A feeling said first does not turn advice into a question about feelings.
      user: 'ask bone cancer guide i feel so scared should i stop the chemo',
      hears: ["I can't advise on your own treatment or medicines", 'thirteen eleven twenty'],
    },
    {
      // A scan said after "how long has he got" does not turn time left into how long a scan takes.
      user: 'ask bone cancer guide how long has he got he had his scan last week',
      hears: ['No doctor can predict the exact course'],
      neverHears: ['minutes', 'C T'],
    },
    {
      // Advice asked in one breath with another question is declined, as it would be alone.
      user: 'ask bone cancer guide should i stop her hormone tablets and is she dying anyway',
      hears: ["I can't advise on your own treatment or medicines"],
    },
    {
      // A symptom told beside another question is told, not asked: it escalates whatever was asked with it.
      user: 'ask bone cancer guide how often should he have scans, his legs have gone numb',
      hears: ['contact the doctor or treatment team now', 'triple zero', 'nerves in the spine'],
    },
    {
      user: "ask bone cancer guide how long does the radiotherapy take he can't feel his legs",
      hears: ['contact the doctor or treatment team now'],
    },
    {
      // A question that leans on the remark before it ("fix it") is read with it: a broken bone, not a cure.
      user: "ask bone cancer guide mum's bone breaks because of the cancer can they fix it",
      hears: ['metal rods, plates, screws'],
      neverHears: "can't be cured",
    },
  ]);

  conversation('what a remark names is not the question: the question beside it is answered, or declined', [
    {
      // Exercise asked about with a fear of a break is advice, not a break happening now.
      user: 'ask bone cancer guide is it safe for me to get her up doing her walking exercises or might her bones snap',
      hears: ["I can't advise on your own treatment or medicines"],
      neverHears: 'contact the doctor or treatment team now',
    },
    {
      // What to eat for her bones is advice the sheet does not give, not the treatment team's passage.
      user: 'ask bone cancer guide is there anything special she can eat to help her bones',
      hears: ["I can't advise on your own treatment or medicines"],
    },
    {
      // Back pain for months is not new: what the sheet says of bone pain, without the escalation line.
      user: "ask bone cancer guide i'm a brickie and me back's been aching for months worse at night is that what bone cancer pain's like",
      hears: ['worse with movement and at night'],
      neverHears: 'contact the doctor or treatment team now',
    },
    {
      // A break that may have happened is still escalated.
      user: 'ask bone cancer guide he fell and might have snapped his hip',
      hears: ['contact the doctor or treatment team now', 'break more easily'],
    },
    {
      // A mishearing of endocrine therapy, not crying.
      user: 'ask bone cancer guide the urologist mentioned endo crying therapy whats that',
      hears: ['Hormone therapy, also called endocrine therapy'],
      neverHears: 'These reactions are normal',
    },
    {
      // "and um does it hurt" is a second question, filler and all.
      user: "ask bone cancer guide what's a pet scan and um does it hurt",
      hears: ['positron emission tomography', "Whether it hurts, for pet scans: the fact sheet doesn't cover that"],
    },
  ]);

  conversation('questions that only sound like the hard ones are answered from the sheet', [
    // "How many … would you have" asks how many, not what the skill would choose.
    {
      user: 'ask bone cancer guide how many radiotherapy treatments would you have',
      hears: 'You may have one treatment, or several over a few weeks',
      neverHears: "I can't advise",
    },
    // Talking to family is what the sheet itself suggests, not a decision to decline.
    {
      user: 'ask bone cancer guide is it a good idea to talk to the family about the diagnosis',
      hears: 'talking to family and friends may be helpful',
      neverHears: "I can't advise",
    },
    // "Get over to the bones" is how it travels, not getting over it.
    {
      user: 'ask bone cancer guide how does the cancer get over to the bones from where it started',
      hears: 'It travels through the bloodstream',
      neverHears: "can't be cured",
    },
    // The point of treatment in general is its aim; the point of one named test or treatment is not (its own passage).
    {
      user: "ask bone cancer guide what's the point of treatment once it's in the bones",
      hears: 'Treatment aims to control or shrink the cancer',
    },
    { user: "ask bone cancer guide what's the point of a ct scan", neverHears: 'Treatment aims to control' },
    // "Get over" a cancer is a cure; "get over to the bones" (above) is not.
    { user: 'ask bone cancer guide can you get over bone cancer', hears: "can't be cured" },
    // "How many times … get to see … again" is time left; "how many times do you have it" is a count.
    {
      user: 'ask bone cancer guide how many times do i get to see my grandkids again',
      hears: 'No doctor can predict the exact course',
    },
    {
      user: 'ask bone cancer guide how many times do i have left to see him',
      hears: 'No doctor can predict the exact course',
    },
    // A word explained and then how many times: both, the count of the thing just named.
    {
      request: intentRequest({ locale: 'en-AU' }, newSession(), 'QuestionIntent', {
        query: { name: 'query', value: 'keep saying e b r t what is that and how many times do you have it' },
      }),
      hears: ['External beam radiation therapy is the most common type', 'You may have one treatment, or several'],
    },
    // "Goes away" is "go away": whether it can be cured.
    { user: 'ask bone cancer guide is there any chance it goes away completely', hears: "can't be cured" },
    // Two names of one thing, said after someone who said one of them: the same thing, not how the team differs.
    {
      user: 'ask bone cancer guide so the oncologist keeps saying bone mets is that the same as secondary bone cancer',
      hears: 'Secondary bone cancer is a cancer that started in another part of the body',
      neverHears: 'How they differ',
    },
    // What a word means: its definition, not the outlook.
    { user: "ask bone cancer guide the letter says prognosis what's that mean", hears: 'Prognosis means the likely outcome of a disease' },
  ]);

  conversation('what surgery puts in a weak bone: metal, and pins in everyday words', [
    { user: 'ask bone cancer guide the rods they put in what are they made of', hears: 'metal rods, plates, screws, wires or pins' },
    { user: 'ask bone cancer guide what is the bone cement made of', hears: "doesn't cover that", neverHears: 'metal rods' },
    { user: 'ask bone cancer guide could they pin the bone if it breaks', hears: 'surgery may be used to put in metal rods' },
  ]);

  conversation('a question after a remark is read from its own start', [
    {
      user: "ask bone cancer guide um my dad's prostate cancer has gone into his bones how does it even get there",
      hears: 'It travels through the bloodstream or the lymph nodes',
      neverHears: 'The most common are prostate cancer',
    },
  ]);

  conversation('two things asked in one breath: the harder one is never lost to the other', [
    {
      // A remark first, then "how often", then a symptom: the symptom still escalates.
      user: 'ask bone cancer guide dad is in hospital how often should he have scans his legs have gone numb',
      hears: ['contact the doctor or treatment team now'],
    },
    {
      user: 'ask bone cancer guide how long is each chemo session how long has mum got',
      hears: ['No doctor can predict the exact course'],
      neverHears: 'several hours',
    },
    { user: 'ask bone cancer guide how much will the treatment cost can it be cured', hears: ["can't be cured"] },
    {
      // Advice with time left: declined, and what the sheet says of time left is what it does say.
      user: 'ask bone cancer guide how long has he got should i tell the kids',
      hears: ["I can't advise on your own treatment or medicines", 'No doctor can predict the exact course'],
    },
    {
      user: 'ask bone cancer guide is she dying can i give her more morphine',
      hears: ["I can't advise on your own treatment or medicines", 'No doctor can predict the exact course'],
    },
    {
      // "Should he" said last still asks for a decision about his treatment.
      user: "ask bone cancer guide my dad's oncologist wants to start him on zometa should he",
      hears: ["I can't advise on your own treatment or medicines"],
    },
    { user: 'ask bone cancer guide i feel so scared i want to die', hears: ['Lifeline on thirteen eleven fourteen'] },
    { user: "ask bone cancer guide i don't see any reason to keep going with anything", hears: ['Lifeline on thirteen eleven fourteen'] },
    {
      // "Getting … it all" is not getting rid of it all: feelings, and who to talk to.
      user: 'ask bone cancer guide i keep getting really anxious about it all who can i talk to',
      hears: 'These reactions are normal',
      neverHears: "can't be cured",
    },
    {
      // "The last week or so" is a date, not the last weeks of life: the symptom, escalated.
      user: "ask bone cancer guide she's been really constipated and thirsty the last week or so could that be from the bone cancer",
      hears: ['contact the doctor or treatment team now', 'releases calcium'],
      neverHears: "doesn't describe the end",
    },
    {
      // A symptom told after a question, with no word between: the escalation line first. Sent as Alexa sends a
      // question in QuestionIntent's slot; "what {query}" loses "are the", a limit (docs/question-answering.md).
      request: intentRequest({ locale: 'en-AU' }, newSession(), 'QuestionIntent', {
        query: { name: 'query', value: 'what are the symptoms his legs are weak' },
      }),
      hears: ['contact the doctor or treatment team now', 'pressure on the nerves in the spine'],
    },
    {
      user: 'ask bone cancer guide how long does radiotherapy take his legs have gone numb',
      hears: ['contact the doctor or treatment team now'],
      neverHears: 'How long it takes',
    },
    {
      // Advice asked beside a symptom happening now: the escalation line, then the decline; the passage only offered.
      user: 'ask bone cancer guide he keeps vomiting should i stop his chemo',
      hears: ['contact the doctor or treatment team now', "I can't advise on your own treatment or medicines"],
      offers: 'what the fact sheet says about high calcium in the blood',
    },
    {
      // Care sought beside a symptom is what the escalation line answers: the passage is read, nothing declined.
      user: 'ask bone cancer guide his legs are numb should i take him to hospital',
      hears: ['contact the doctor or treatment team now', 'tingling or numbness in the arms or legs'],
      neverHears: "I can't advise",
    },
    {
      user: 'ask bone cancer guide my back is killing me should i take more endone',
      hears: ['contact the doctor or treatment team now', "I can't advise on your own treatment or medicines"],
    },
    {
      // What is told asks nothing: "stopped eating" is no decision about a treatment.
      user: "ask bone cancer guide my husband's stopped eating and sleeps most of the day now should i call the doctor",
      neverHears: "I can't advise",
    },
    {
      user: 'ask bone cancer guide do we have to make the choice to stop his treatment',
      hears: ["I can't advise on your own treatment or medicines"],
    },
  ]);

  conversation('a symptom happening now that the sheet does not describe: the escalation line, the nearest part offered', [
    {
      user: 'ask bone cancer guide she can not control her bladder since yesterday',
      hears: ['contact the doctor or treatment team now', "The fact sheet doesn't cover that symptom"],
      neverHears: 'Fractures, or bone that grows abnormally',
      offers: 'what the fact sheet says about pressure on the nerves in the spine',
    },
    {
      // Said with a symptom the sheet does describe, that passage is read.
      user: "ask bone cancer guide his legs are numb and he's wet himself",
      hears: ['contact the doctor or treatment team now', 'tingling or numbness in the arms or legs'],
    },
  ]);

  conversation('who decides: how involved the person is, not how the treatment is chosen', [
    {
      user: 'ask bone cancer guide do i have to make the treatment decisions or can the doctors just decide',
      hears: ["It's up to you how involved you are in decisions"],
      neverHears: 'The choice depends on',
    },
  ]);

  conversation('the warning signs of a crisis, said without the words for it, get crisis support', [
    { user: "ask bone cancer guide i've got all my tablets saved up in the drawer", hears: 'Lifeline on thirteen eleven fourteen' },
    { user: "ask bone cancer guide i've given my things away i've sorted everything out", hears: 'Lifeline on thirteen eleven fourteen' },
    { user: 'ask bone cancer guide how many of my pills would it take to make it stop', hears: 'Lifeline on thirteen eleven fourteen' },
    { user: "ask bone cancer guide i can't see how i can go on living without him", hears: 'Lifeline on thirteen eleven fourteen' },
    { user: "ask bone cancer guide i've made up my mind, i won't be around much longer", hears: 'Lifeline on thirteen eleven fourteen' },
  ]);

  conversation('despair in other words, asked inside a question, gets the same support', [
    { user: "ask bone cancer guide i don't see the point of going on any more", hears: 'thirteen eleven fourteen' },
    { user: 'ask bone cancer guide my husband said everyone would be better off without him', hears: 'thirteen eleven fourteen' },
  ]);

  conversation('a symptom happening now, in ordinary words: the escalation line first, then the sheet on that symptom', [
    {
      user: "ask bone cancer guide his legs are going numb and he's dragging his foot",
      hears: [
        'If this is new or getting worse, contact the doctor or treatment team now. In an emergency, call triple zero.',
        'tingling or numbness',
      ],
      offers: 'Would you like to hear more about pressure on the nerves in the spine?',
    },
    {
      user: 'ask bone cancer guide mum fell over and i think she has broken her hip',
      hears: ['contact the doctor or treatment team now', 'break more easily'],
    },
    {
      user: 'ask bone cancer guide dad is suddenly very confused and keeps being sick',
      hears: ['contact the doctor or treatment team now', 'confusion'],
    },
  ]);

  conversation('a general question about a symptom is answered, with the escalation line after it', [
    {
      user: 'ask bone cancer guide can it make your legs go numb',
      hears: ['numbness in the arms or legs', 'If this is new or getting worse'],
    },
  ]);

  conversation('advice on a person’s own treatment or medicines: a kind decline; the nearest passage only offered', [
    {
      user: 'ask bone cancer guide should i have the radiotherapy',
      hears: ["I can't advise on your own treatment or medicines", 'Your doctor or treatment team', 'thirteen eleven twenty'],
      neverHears: 'targeted radiation',
      offers: 'Would you like to hear what the fact sheet says about radiation therapy?',
    },
    { user: 'yes', hears: 'targeted radiation' },
  ]);

  conversation('a dose or a medicine is declined too', [
    { user: 'ask bone cancer guide can i take ibuprofen for the pain', hears: "I can't advise on your own treatment or medicines" },
    { user: 'ask bone cancer guide how much morphine can he have', hears: "I can't advise on your own treatment or medicines" },
  ]);

  conversation('how long a procedure takes: the sentence that says so, or honestly not covered', [
    {
      user: 'ask bone cancer guide how long will i be in the ct scanner',
      hears: 'How long it takes, for C T and M R I scans: These scans usually take between 30 and 90 minutes.',
    },
    {
      user: 'ask bone cancer guide how long does a pet scan take',
      hears: "How long it takes, for pet scans: the fact sheet doesn't cover that.",
      neverHears: 'minutes',
    },
    {
      user: 'ask bone cancer guide how long does it take to recover from a vertebroplasty',
      hears: "the fact sheet doesn't cover that",
      neverHears: 'an hour',
    },
  ]);

  conversation('how it gets to the bone and which bones: the overview sentence that says so, after what was understood', [
    {
      user: 'ask bone cancer guide how does lung cancer get into the bones',
      // The sentence it leans on comes first: never "It travels" mid-thought.
      hears:
        'How it gets to the bone: Secondary bone cancer is a cancer that started in another part of the body, then spread to the bone. It travels through the bloodstream or the lymph nodes.',
      offers: 'Would you like to hear more about what secondary bone cancer is?',
    },
    // How fast is not how: the outlook's words, never the route read as the answer.
    {
      user: 'ask bone cancer guide how fast does it spread to the bones',
      hears: 'how fast it is growing',
      neverHears: 'How it gets to the bone',
    },
    {
      user: 'ask bone cancer guide which bones does it usually go to',
      hears: 'Which bones it spreads to: It can spread to the bones of the spine, the ribs, the pelvis',
    },
    // Which cancers is not which bones.
    { user: 'ask bone cancer guide which cancers spread to the bones', hears: 'prostate', neverHears: 'Which bones it spreads to' },
  ]);

  conversation('a question that names one passage by one word, and a term explained at the end of what is said', [
    {
      user: 'ask bone cancer guide what treatments are there for bone mets',
      hears: 'Options include hormone therapy, chemotherapy',
      neverHears: "doesn't cover",
    },
    // "There are two ways." never ends a quote: the two ways follow it.
    {
      user: 'ask bone cancer guide what are the ways they can do a biopsy',
      hears: ['There are two ways. In a core needle biopsy', 'In a surgical biopsy'],
    },
    {
      user: 'ask bone cancer guide the nurse mentioned the primary what does she mean by that',
      hears: 'primary',
      neverHears: ["doesn't cover", 'closest'],
    },
  ]);

  conversation('awake or asleep: only the passage of the thing asked about may say, or honestly not covered', [
    {
      user: 'ask bone cancer guide will my husband be asleep for the biopsy',
      hears: ['Awake or asleep, for a bone biopsy:', 'under local anaesthetic', 'under general anaesthetic'],
    },
    {
      user: 'ask bone cancer guide do they put you to sleep for the cement in the spine',
      hears: "Awake or asleep, for vertebroplasty: the fact sheet doesn't cover that.",
      neverHears: 'general anaesthetic',
    },
    // Asking what the word means is the glossary's explanation, not a question of a procedure.
    {
      user: 'ask bone cancer guide what does local anaesthetic mean',
      hears: "What an anaesthetic is: the fact sheet doesn't cover that. It mentions two kinds",
      neverHears: 'Awake or asleep',
    },
  ]);

  conversation('a term the sheet only mentions is not defined by the sentence that mentions it', [
    // Said in passing ("clinical trials are testing them"): the part that mentions it is offered, not read out.
    {
      user: 'ask bone cancer guide what exactly are clinical trials',
      hears: "The fact sheet doesn't cover that.",
      neverHears: 'checkpoint',
      offers: 'Would you like to hear about immunotherapy?',
    },
    {
      user: 'ask bone cancer guide so what is a thin needle',
      hears: "The fact sheet doesn't cover that.",
      neverHears: 'core needle biopsy',
      offers: 'Would you like to hear about a bone biopsy?',
    },
    // A sentence that says what it is answers: "several cycles of treatment, with rest periods in between".
    { user: 'ask bone cancer guide my dad is having chemo what are cycles', hears: 'with rest periods in between' },
    // Another name of a passage, said only in its list, is not defined by the list; one a sentence opens with is.
    {
      user: 'ask bone cancer guide what is a radiologist',
      hears: "The fact sheet doesn't cover that.",
      neverHears: 'medical oncologist',
      offers: 'Would you like to hear about the treatment team?',
    },
    {
      user: 'ask bone cancer guide what is a surgical biopsy',
      hears: 'In a surgical biopsy, a surgeon removes',
      neverHears: 'thin needle',
    },
    {
      user: 'ask bone cancer guide radiologist what is that',
      hears: "The fact sheet doesn't cover that.",
      neverHears: 'medical oncologist',
    },
    // Asked at the end of a longer question, the glossary's own entry answers, not the passage the rest is close to.
    {
      user: 'ask bone cancer guide the nurse mentioned myeloma what is myeloma',
      hears: "The fact sheet doesn't cover that: it names myeloma only as one of the cancers",
    },
  ]);

  conversation("a question of someone's own outlook is not a word's definition", [
    // "my" is part of what Alexa hears in the term's place: no glossary value matches, so the question is read whole.
    { user: "ask bone cancer guide what's dad's prognosis", hears: 'No doctor can predict the exact course' },
    { user: 'ask bone cancer guide what is my prognosis', hears: 'No doctor can predict the exact course' },
  ]);

  conversation('two questions in one breath: each answered, or the one the sheet does not answer said so', [
    {
      user: 'ask bone cancer guide what is an mri and how long does it take',
      hears: ['creates pictures of your body', 'usually take between 30 and 90 minutes'],
    },
    // The carrier ("how long") came after the words in the slot: its question is the second, asked of the PET scan.
    {
      user: 'ask bone cancer guide explain a pet scan and how long it takes',
      hears: ['radioactive glucose', "How long it takes, for pet scans: the fact sheet doesn't cover that."],
      neverHears: ['predict', 'minutes'],
    },
    {
      user: 'ask bone cancer guide is chemo given through a drip and how often',
      hears: ['injection into a vein', 'several cycles of treatment'],
    },
    {
      user: 'ask bone cancer guide how long does chemo take and is it going to make him sick',
      hears: ['over several hours', "As for the rest of what you asked, the fact sheet doesn't cover that."],
    },
    // The harder of the two is answered as it would be alone, gently, with the support line.
    {
      user: 'ask bone cancer guide how many sessions of radiotherapy and is it curable',
      hears: ['one treatment, or several over a few weeks', "Secondary bone cancer can't be cured", 'For support, you can call'],
    },
    // A longer name said before "what is that" is the passage's, not the glossary's shorter one.
    { user: 'ask bone cancer guide surgical biopsy what is that', hears: 'In a surgical biopsy, a surgeon removes' },
  ]);

  conversation('two questions in one breath: a crisis, advice or a symptom in either half is answered as it would be alone', [
    {
      user: 'ask bone cancer guide what is a bone scan and i want to end it all',
      hears: 'Lifeline on thirteen eleven fourteen',
      neverHears: 'radioactive dye',
    },
    {
      user: 'ask bone cancer guide what is a bone scan and can i take ibuprofen',
      hears: "I can't advise on your own treatment or medicines",
      neverHears: 'radioactive dye',
    },
    // A symptom's passage said second still brings the escalation line after it.
    {
      user: 'ask bone cancer guide what is a bone scan and is it normal to feel this tired all the time',
      hears: ['radioactive dye', 'You may feel tired and breathless', 'contact the doctor or treatment team now'],
    },
    // Words that trail off in "and" before nothing: the carrier ("i can't") stays first, where it is read.
    { user: "ask bone cancer guide i can't walk and", hears: 'If this is new or getting worse, contact the doctor or treatment team now.' },
    // Three in one breath: the first, then the rest read as one question.
    {
      user: 'ask bone cancer guide what is an mri and what is a ct scan and what is a pet scan',
      hears: ['An M R I scan creates pictures', 'radioactive glucose'],
    },
  ]);

  conversation('what brings it on: the sheet says it is always caused by a primary cancer', [
    { user: 'ask bone cancer guide could a fall have given him bone cancer', hears: 'always caused by a primary cancer' },
    {
      user: "ask bone cancer guide can you get it if you've never had any other cancer",
      hears: ['always caused by a primary cancer', 'or even before the primary cancer is located'],
    },
    // Catching it from someone, or passing it on, is not asked of its cause: the sheet does not cover it.
    {
      user: 'ask bone cancer guide can my daughter get it from me',
      hears: "The fact sheet doesn't cover that.",
      neverHears: 'always caused',
    },
    // "Only" asks nothing of its own ("it can only treat cancers that …" is not the answer).
    { user: 'ask bone cancer guide does it only go to the spine', hears: 'the ribs, the pelvis', neverHears: 'Targeted therapy' },
    // What causes a symptom is not what causes the cancer.
    { user: 'ask bone cancer guide is the pain caused by the cancer', neverHears: 'always caused by a primary cancer' },
  ]);

  conversation('whether a test or treatment hurts, how a medicine works, and a choice the sheet never weighs', [
    // The sheet never says whether a procedure hurts: said so, of the procedure, not of the pain it treats.
    {
      user: 'ask bone cancer guide is radiotherapy going to be painful',
      hears: "Whether it hurts, for radiation therapy: the fact sheet doesn't cover that.",
      neverHears: 'reduce pain in the bone',
    },
    {
      user: 'ask bone cancer guide my dad is booked for cement in his spine will that be sore',
      hears: "Whether it hurts, for vertebroplasty: the fact sheet doesn't cover that.",
    },
    // Pain treated, or a sore place looked at, is not whether the procedure hurts.
    { user: 'ask bone cancer guide can radiotherapy help when his bones are sore', neverHears: 'Whether it hurts' },
    // The first half not covered, the second answered in the same passage, without the first's words.
    {
      user: 'ask bone cancer guide is a surgical biopsy painful and will i be asleep',
      hears: ['under general anaesthetic', "Whether it hurts, for a bone biopsy: the fact sheet doesn't cover that."],
    },
    // How a medicine the sheet names works is what it says of it.
    { user: 'ask bone cancer guide how do checkpoint inhibitors work', neverHears: "I can't advise on your own treatment" },
    // How much a person takes part is not a cost; how much a scan will be is.
    { user: 'how much do i need to be involved in his care', neverHears: 'What it costs' },
    { user: 'how much will the bone scan be', hears: "What it costs: the fact sheet doesn't cover that." },
    // How many scans or check-ups: the sheet never says; its count of treatments is not the answer.
    {
      user: 'ask bone cancer guide how many bone scans will mum have to have',
      hears: "How many, or how often, for bone scans: the fact sheet doesn't cover that.",
      neverHears: 'several over a few weeks',
    },
    // Whether exercise helps is a question, not the prevention topic: the sheet never says.
    {
      user: 'ask bone cancer guide does exercise help with secondary bone cancer',
      hears: "The fact sheet doesn't cover that",
      neverHears: 'healthy lifestyle',
    },
    // Disbelief is a feeling, not a treatment decision.
    {
      user: "ask bone cancer guide i can't believe it this has to be a mistake surely",
      hears: 'disbelief',
      neverHears: "I can't advise",
    },
    // "Bone cancer" weighed against the spread is primary bone cancer; a thing the sheet never names is not.
    {
      user: 'ask bone cancer guide so is what dad has the same as bone cancer',
      hears: ['How they differ, for primary and secondary bone cancer:', 'more common than primary bone cancer'],
    },
    {
      user: 'ask bone cancer guide is gout the same thing as bone cancer',
      hears: "the fact sheet doesn't cover that",
      neverHears: 'more common than primary bone cancer',
    },
    // A thing the sheet describes, then names ("… bone cement … This is called a vertebroplasty"): its passage.
    { user: "ask bone cancer guide the bone cement what's that", hears: 'This is called a vertebroplasty' },
    // Whether past treatment matters asks how the treatment is chosen.
    {
      user: 'ask bone cancer guide does the radiotherapy he already had matter for what comes next',
      hears: "the treatment you've already had",
    },
    // A fall said with what caused the cancer: the escalation line first, then what the sheet says causes it.
    {
      user: 'ask bone cancer guide she took a tumble months ago did that trigger the cancer in her leg',
      hears: ['contact the doctor or treatment team now', 'always caused by a primary cancer'],
    },
    // A name quoted from a letter, then what it means: asked of the name, not of the letter.
    {
      user: 'ask bone cancer guide the discharge papers from the ward say secondary bone cancer could you explain what that really means',
      hears: 'spread to the bone',
    },
    // What causes it, asked of a thing the sheet never names: its answer is only the closest it comes.
    {
      user: 'ask bone cancer guide can living near power lines cause bone cancer',
      hears: ["The fact sheet doesn't cover that exactly.", 'always caused by a primary cancer'],
    },
    // A definition asked after the word ("prognosis, what is that word") is the definition, not the outlook.
    {
      user: 'ask bone cancer guide prognosis what is that word',
      hears: 'likely outcome of a disease',
      neverHears: 'No doctor can predict',
    },
    // What can be done for a symptom, asked of a medicine the sheet never names: only the closest it comes.
    {
      user: 'ask bone cancer guide what do they do for bone pain with things like morphine',
      hears: ["The fact sheet doesn't cover that exactly.", 'reduce pain in the bone'],
    },
    // Where the information comes from is the source, not the cancer's cause.
    {
      user: 'ask bone cancer guide what fact sheet is this information from',
      hears: "Cancer Council Australia's fact sheet, Understanding secondary bone cancer",
    },
    { user: 'ask bone cancer guide where does it come from the bone cancer', neverHears: 'Where this comes from' },
    // The odds that a treatment works are a figure the sheet never gives, not what can be done.
    {
      user: "ask bone cancer guide what's the likelihood the chemo actually works for him",
      hears: "A figure like that: the fact sheet doesn't cover that.",
    },
    // A symptom said to be happening now escalates even after "how many" or "how often".
    {
      user: 'ask bone cancer guide how often does he need blood tests, his arms went numb all of a sudden',
      hears: 'If this is new or getting worse, contact the doctor or treatment team now.',
    },
    // The signs asked of "it", with nothing else named: the signs and symptoms, not a request to ask again.
    { user: 'ask bone cancer guide what are the signs of it', hears: 'The most common symptom is pain.' },
    // Weighed against something the sheet never names, a kind's own passage is only the closest it comes.
    {
      user: 'ask bone cancer guide does palliative care happen at home or in a nursing home',
      hears: ["The fact sheet doesn't cover that exactly.", 'quality of life'],
    },
  ]);

  conversation('two names for one thing, a thing the sheet never names, and what something is made of', [
    {
      user: 'ask bone cancer guide is radiotherapy the same as radiation therapy',
      hears: 'Both are names for radiation therapy: Radiation therapy, also called radiotherapy',
    },
    // Two things one passage is about are not one thing.
    { user: 'ask bone cancer guide is a ct the same as an mri', neverHears: 'Both are names' },
    {
      user: 'ask bone cancer guide is osteoblastic the same as osteoarthritis',
      hears: "How they differ, for the two main types: the fact sheet doesn't cover that.",
    },
    {
      user: 'ask bone cancer guide what is the cement in a vertebroplasty made of',
      hears: "What it is made of, for vertebroplasty: the fact sheet doesn't cover that.",
      neverHears: 'strengthen',
    },
    { user: "ask bone cancer guide the hospital says he needs a pet scan what's that for", hears: 'radioactive glucose' },
  ]);

  conversation('time to decide and a say in it, which is worse, how a course runs, and primary against secondary', [
    // How long to take over a decision, and who decides: the sheet's words on decisions, not a duration or a decline.
    {
      user: 'ask bone cancer guide are we allowed to think it over before we say yes to radiotherapy',
      hears: ['Taking time over decisions:', 'Take as much time as you can'],
      neverHears: ['minutes', "I can't advise"],
    },
    { user: 'ask bone cancer guide who gets the final say about my treatment', hears: "It's up to you how involved" },
    // The sheet never ranks two things.
    {
      user: 'ask bone cancer guide is a surgical biopsy more dangerous than a needle one',
      hears: "the fact sheet doesn't cover that",
      neverHears: 'under local anaesthetic',
    },
    // A course in weeks, and a break between sessions, ask how many; minutes of one session ask how long a session is.
    { user: 'ask bone cancer guide how many months does chemotherapy go on for', hears: 'rest periods in between' },
    { user: 'ask bone cancer guide with chemo do they give you a rest in between', hears: 'rest periods in between' },
    { user: 'ask bone cancer guide a break in the arm what happens', neverHears: 'rest periods' },
    // Asked for a number, the sheet's "several" and "one or several" are said as what it says, not as the number.
    {
      user: 'ask bone cancer guide how many rounds of chemo is she likely to get',
      hears: ["How many treatments, for chemotherapy: the fact sheet doesn't cover that exactly: it gives no number.", 'several cycles'],
    },
    {
      user: 'ask bone cancer guide how often will he be going in for radiotherapy',
      hears: ["the fact sheet doesn't cover that exactly", 'one treatment, or several over a few weeks'],
    },
    {
      user: 'ask bone cancer guide are there breaks between chemo',
      hears: 'rest periods in between',
      neverHears: "doesn't cover that exactly",
    },
    // Work, driving and travel during treatment: the sheet never says, so it is not read from the treatment's passage.
    {
      user: 'ask bone cancer guide do most people carry on working during radiotherapy',
      hears: "About daily life during treatment: the fact sheet doesn't cover that.",
      neverHears: 'targeted radiation',
    },
    { user: 'ask bone cancer guide is the chemo working', neverHears: 'About daily life' },
    // The names of the tablets, asked "what are they called": the sheet names no drug.
    {
      user: 'ask bone cancer guide what are the usual breast cancer hormone tablets called',
      hears: "The names of the drugs: the fact sheet doesn't cover that.",
    },
    // How much time to take before deciding is the sheet's own advice on decisions, not a decision declined.
    {
      user: 'ask bone cancer guide how much time do we get before we have to decide about the surgery',
      hears: 'Take as much time as you can',
      neverHears: "I can't advise",
    },
    // A hard word said as a remark, then what a word the sheet explains means: the remark tells, the question asks.
    { user: 'ask bone cancer guide our neighbour is terminal, what does osteoblastic mean', hears: 'new bone has formed' },
    {
      user: "ask bone cancer guide the doctor said it's terminal, what does terminal mean",
      hears: 'No doctor can predict the exact course',
    },
    // How long, then a remark that names other things: the thing asked of before the remark.
    {
      user: 'ask bone cancer guide how long will the mri take, i need to get back to work straight after',
      hears: 'between 30 and 90 minutes',
    },
    // Appointments for a treatment are its sessions, not check-ups.
    {
      user: 'ask bone cancer guide how many radiotherapy appointments will she have',
      hears: ['it gives no number', 'one treatment, or several over a few weeks'],
    },
    // "The most common symptom" picks one the sheet names; it is no term the sheet only mentions.
    {
      user: 'ask bone cancer guide what is the most common symptom',
      hears: 'The most common symptom is pain',
      neverHears: "doesn't cover",
    },
    // The dye of a scan is the scan's: how it feels going in is not said; found together is found at the same time.
    {
      user: 'ask bone cancer guide what will the tracer feel like when they inject it for the bone scan',
      hears: "Whether it hurts, for bone scans: the fact sheet doesn't cover that.",
    },
    {
      user: 'ask bone cancer guide they diagnosed her breast cancer and the bone one together, does that happen',
      hears: 'at the same time as the primary cancer',
    },
    // A span someone was given, checked aloud, is time left; a treatment's weeks are not.
    {
      user: 'ask bone cancer guide the specialist reckons a few months, is that right',
      hears: 'No doctor can predict the exact course',
    },
    { user: 'ask bone cancer guide radiotherapy for a few weeks, is that right', neverHears: 'No doctor can predict' },
    // "Back" in "back on", "back to work" goes somewhere again; it names no back.
    {
      user: "ask bone cancer guide how long till she's back on chemo",
      hears: "How long that takes, for chemotherapy: the fact sheet doesn't cover that.",
    },
    // Hurting "when i go" is the end only when it ends what is said: going back to bed is not dying.
    { user: 'ask bone cancer guide my back hurts when i go back to bed', neverHears: "doesn't describe the end" },
    // What the review of these changes found, kept: a span said of a symptom is no time left; a plan to be away is no
    // crisis; time left before a decision stays time left; a thing the sheet names is called what it says.
    { user: 'ask bone cancer guide my back has been aching for weeks is that right', neverHears: 'No doctor can predict' },
    {
      user: "ask bone cancer guide i won't be around next week, i've decided to go to my daughter's",
      neverHears: 'Lifeline',
    },
    {
      user: 'ask bone cancer guide how much time have we got before we have to choose hospice',
      hears: 'No doctor can predict the exact course',
    },
    { user: 'ask bone cancer guide what is the injection of cement called', hears: 'This is called a vertebroplasty' },
    { user: 'ask bone cancer guide after my mri how long until i can go back to work afterwards', neverHears: '30 and 90' },
    { user: "ask bone cancer guide how long does the scan take, she's got a bone scan on monday", neverHears: '30 and 90' },
    { user: 'ask bone cancer guide is she dying what does metastatic mean', hears: 'No doctor can predict the exact course' },
    { user: 'ask bone cancer guide i get so anxious i mix them up', hears: 'These reactions are normal' },
    { user: "ask bone cancer guide i've got no reason to keep living", hears: 'Lifeline on thirteen eleven fourteen' },
    {
      user: 'ask bone cancer guide dad keeps getting his words mixed up since yesterday',
      hears: 'contact the doctor or treatment team now',
    },
    {
      user: 'ask bone cancer guide sudden back pain since we got back from holiday',
      hears: 'contact the doctor or treatment team now',
    },
    // "After" ending what is said is when someone is picked up, not coping after a diagnosis.
    { user: "ask bone cancer guide how long does the chemo take, i'm picking her up after", hears: 'over several hours' },
    { user: "ask bone cancer guide how long is a vertebroplasty, i'm driving him home after", hears: 'about an hour' },
    // The end sets' lessons: despair said as a burden or as no reason to go on; a test skipped or a choice between two
    // treatments declined; the name of a medicine; what the outlook depends on; a limb at a funny angle; a misheard word.
    { user: "ask bone cancer guide it would be better for everybody if i wasn't here", hears: 'Lifeline on thirteen eleven fourteen' },
    { user: 'ask bone cancer guide why should i bother going on', hears: 'Lifeline on thirteen eleven fourteen' },
    { user: 'ask bone cancer guide is it okay to skip the ct, i hate scans', hears: "I can't advise on your own treatment" },
    {
      user: 'ask bone cancer guide radiotherapy or surgery, which one should i choose',
      hears: "I can't advise on your own treatment",
    },
    {
      user: 'ask bone cancer guide the tablets for the hormones, what are they called',
      hears: "The names of the drugs: the fact sheet doesn't cover that.",
    },
    { user: 'ask bone cancer guide what things do doctors look at for the outlook', hears: 'how fast it is growing' },
    {
      user: 'ask bone cancer guide she slipped and her wrist is at a funny angle',
      hears: 'contact the doctor or treatment team now',
    },
    { user: "ask bone cancer guide what's the life expect for this", hears: 'No doctor can predict the exact course' },
    // What the second review found, kept: a plan for everybody, a treatment gone on with, what doctors go on to decide
    // treatment, bone grown a funny shape, the drugs immunotherapy uses, dropping someone at a scan, coping after.
    { user: 'ask bone cancer guide would it be better for everybody if i told them the news', neverHears: 'Lifeline' },
    { user: 'ask bone cancer guide why bother going on the clinical trial', neverHears: 'Lifeline' },
    { user: 'ask bone cancer guide what do the doctors go on to decide treatment', neverHears: 'No doctor can predict' },
    { user: 'ask bone cancer guide why does the bone grow a funny shape', neverHears: 'contact the doctor or treatment team now' },
    { user: 'ask bone cancer guide the drugs for immunotherapy, what are they called', hears: 'checkpoint inhibitors' },
    { user: 'ask bone cancer guide ok to drop him at the mri and come back', neverHears: "I can't advise" },
    { user: 'ask bone cancer guide how do people cope after', hears: 'you may feel fear, anxiety', neverHears: "doesn't cover" },
    // A spelled name before the speaker's own "i" ("the m r i i'm …") is the name; the "i" is the speaker.
    {
      user: "ask bone cancer guide is it alright to miss the m r i i'm claustrophobic",
      hears: "I can't advise on your own treatment",
    },
    // Mixing up two things the sheet names is not a feeling.
    { user: 'ask bone cancer guide the two types, i mix them up, which one eats the bone', neverHears: 'fear, anxiety' },
    {
      user: 'ask bone cancer guide how many hours is one session of radiotherapy',
      hears: "How long each session takes, for radiation therapy: the fact sheet doesn't cover that.",
      neverHears: 'few weeks',
    },
    // What sets primary and secondary apart is where it started.
    {
      user: 'ask bone cancer guide how is primary bone cancer different from the secondary kind',
      hears: 'started in another part of the body',
    },
    { user: "ask bone cancer guide the cement they put in her spine what's that meant to do", hears: 'strengthen and stabilise' },
    {
      user: 'ask bone cancer guide will they x ray his ribs too or only the bit that hurts',
      hears: 'chest and bones',
      neverHears: 'Whether it hurts',
    },
    {
      user: 'ask bone cancer guide what does prog nosis mean when the specialist says it',
      hears: 'likely outcome',
    },
    {
      user: 'ask bone cancer guide how does a cancer that starts in the breast even get into the bones',
      hears: 'bloodstream',
    },
    // Comparing two things is not deciding whether to have them.
    { user: 'ask bone cancer guide is an x ray the same as a ct scan or not', neverHears: "I can't advise" },
    // Pills gathered to be taken all at once are crisis support.
    { user: "ask bone cancer guide i've lined up all my tablets and i'm going to take them", hears: 'Lifeline' },
    { user: 'ask bone cancer guide i feel so strange about all of this is that normal', hears: 'These reactions are normal' },
  ]);

  conversation('a symptom said on the way to a hard question, two sides compared, and names of one thing', [
    // The escalation line first, then the answer to what was asked, not the symptom's passage.
    {
      user: 'ask bone cancer guide mum can hardly wake up these days, how long do we have left with her',
      hears: ['contact the doctor or treatment team now', 'No doctor can predict the exact course'],
      neverHears: 'calcium',
    },
    // A symptom alone keeps its passage; a back that is "killing" someone asks nothing about dying.
    { user: 'ask bone cancer guide my back is killing me since yesterday', hears: 'treatment team now', neverHears: 'predict' },
    // Each side of a comparison whole, when it is short.
    {
      user: 'ask bone cancer guide bone scan or x ray, what does each one look for',
      hears: ['radioactive dye', 'abnormal changes', 'bone damage'],
    },
    // "The same kind as" weighs two things as "the same as" does.
    {
      user: 'ask bone cancer guide is what they inject for the pet scan the same kind as the bone scan dye',
      hears: ['How they differ, for bone scans and pet scans:', 'radioactive dye', 'radioactive glucose'],
    },
    // "The same kind of thing as" weighs them too: not the list of tests that names both.
    {
      user: 'ask bone cancer guide is a pet scan the same kind of thing as a bone scan',
      hears: ['How they differ, for pet scans and bone scans:', 'radioactive glucose', 'radioactive dye'],
    },
    // A passage that says neither side is only the closest the sheet comes, not how they differ.
    {
      user: 'ask bone cancer guide is metastatic disease of the bones the same as secondary bone cancer',
      hears: "The fact sheet doesn't cover that exactly.",
      neverHears: 'How they differ',
    },
    // Two names of one thing, even names as common as these.
    {
      user: 'ask bone cancer guide are bone metastases and secondary bone cancer one and the same',
      hears: 'Both are names for what secondary bone cancer is',
    },
    { user: 'ask bone cancer guide why is it called secondary', hears: 'started in another part of the body' },
    // What to ask the doctor, and how to join a trial the sheet only mentions.
    {
      user: 'ask bone cancer guide what questions could we take to the oncologist about treatment',
      hears: ['What to ask about treatment:', 'side effects, risks and benefits'],
    },
    {
      user: 'ask bone cancer guide where would we look for a trial to take part in',
      hears: "the fact sheet doesn't cover that",
      neverHears: 'Checkpoint inhibitors allow',
    },
    // Confused by what was read is not confusion happening now.
    {
      user: 'ask bone cancer guide i read the report and got confused, what is osteolytic',
      hears: 'damaged',
      neverHears: 'treatment team now',
    },
  ]);

  conversation('a word that means something else beside it, and a thing said far from what is asked of it', [
    // "Upset" of a stomach is a side effect, not a feeling: keeping on a medicine is still declined.
    {
      user: 'ask bone cancer guide is it ok to stop the hormone tablets if they upset his tummy',
      hears: "I can't advise on your own treatment or medicines",
      neverHears: 'These reactions are normal',
    },
    { user: 'ask bone cancer guide i am so upset about what the scan showed', hears: 'These reactions are normal' },
    // "Should she" at the end asks for a decision, even when palliative care is the choice.
    {
      user: 'ask bone cancer guide mum just wants palliative care now and no more radiotherapy should she',
      hears: "I can't advise on your own treatment or medicines",
    },
    { user: 'ask bone cancer guide what sort of time has my brother got left', hears: 'No doctor can predict the exact course' },
    // Afraid to sleep is a feeling, not a question about being put to sleep.
    {
      user: 'ask bone cancer guide i am frightened to go to sleep at night since the scan',
      hears: 'These reactions are normal',
      neverHears: 'Awake or asleep',
    },
    // Passed on in a family is not covered; rods fitted and taken out again, said far apart, are not surgery's answer.
    { user: 'ask bone cancer guide can my grandchildren inherit this from me', hears: "the fact sheet doesn't cover that" },
    {
      user: 'ask bone cancer guide will the screws they fitted in her leg need to be taken out one day',
      hears: "The fact sheet doesn't cover that.",
      neverHears: 'metal rods',
    },
    { user: 'ask bone cancer guide is the verta plasty painful', hears: 'Whether it hurts, for vertebroplasty:' },
  ]);

  conversation('being done and wanting none of this is despair, "i\'m done" alone is goodbye; a check is no decision', [
    {
      user: "ask bone cancer guide i'm done and i don't want any of this any more",
      hears: 'Lifeline on thirteen eleven fourteen',
    },
    // What the team will check, and what a treatment stops, are asked of the sheet, not declined.
    {
      user: 'ask bone cancer guide will they measure his calcium in the blood test',
      hears: 'calcium',
      neverHears: "I can't advise",
    },
    {
      user: 'ask bone cancer guide does hormone therapy block the hormones from reaching the cancer',
      hears: 'stops hormones reaching cancer cells',
      neverHears: "I can't advise",
    },
    { user: 'ask bone cancer guide will my wife get to be an old woman with this', hears: 'No doctor can predict the exact course' },
    // The review's: "i'm done" alone ends the session; upset with a stomach in knots is still a feeling; a check asked
    // of whether to stop a medicine is still declined; a symptom that won't go away is no question of a cure.
    { user: "ask bone cancer guide i'm so upset my stomach is in knots", hears: 'These reactions are normal' },
    { user: 'ask bone cancer guide can they check if i should stop my hormone tablets', hears: "I can't advise on your own treatment" },
    {
      user: "ask bone cancer guide she's so drowsy and it won't go away",
      hears: ['treatment team now', 'calcium'],
      neverHears: "can't be cured",
    },
    // A symptom that never goes away is no question about a cure.
    {
      user: 'ask bone cancer guide my arm has gone numb and it will not go away',
      hears: 'treatment team now',
      neverHears: "can't be cured",
    },
    { user: 'ask bone cancer guide is it always found after the primary cancer', hears: 'even before the primary cancer is located' },
    // The first cancer said as where the cancer in the bone came from is not a question about the first cancers.
    {
      user: 'ask bone cancer guide what sort of pain does someone get when breast cancer has spread to the bones',
      hears: 'dull, persistent ache',
    },
    { user: 'ask bone cancer guide does breast cancer spread to the bones', hears: 'The most common are prostate cancer, breast cancer' },
    // Whether a break heals the sheet never says: said of a fracture now, the escalation line, the fracture's passage,
    // then that the sheet does not say whether it heals.
    {
      user: 'ask bone cancer guide his hip fractured last night will it mend properly',
      hears: ['treatment team now', 'About fractures:', "Whether it heals: the fact sheet doesn't cover that."],
    },
    // A test of a part of the body is asked of the test: the spine's nerves are put under the scan.
    {
      user: 'ask bone cancer guide my husband has an mri of his back on friday how long does it take',
      hears: 'How long it takes, for C T and M R I scans: These scans usually take between 30 and 90 minutes.',
    },
    // Quitting a treatment for palliative care is a decision, declined, not what palliative care means.
    {
      user: 'ask bone cancer guide is it okay if mum stops radiotherapy and has palliative care',
      hears: "I can't advise on your own treatment",
    },
    // A command read from part of the words does not take a question: "from start to finish" is no tour.
    { user: 'ask bone cancer guide from start to finish how long does a ct scan take', hears: 'C T and M R I', neverHears: 'guided tour' },
    // "I'm done" alone is goodbye, not despair.
    { user: "ask bone cancer guide i'm done", hears: 'Goodbye, and take care.', neverHears: 'Lifeline', ends: true },
  ]);

  conversation('the last chapter, a period of weeks, saying yes to a trial, "it can\'t be true", wiped out for good', [
    { user: 'ask bone cancer guide is this the final chapter for my husband', hears: 'No doctor can predict the exact course' },
    { user: 'ask bone cancer guide over how many weeks does the radiotherapy go', hears: 'several over a few weeks' },
    {
      user: "ask bone cancer guide my wife keeps saying this can't be true is that normal",
      hears: 'These reactions are normal',
    },
    { user: 'ask bone cancer guide would you say yes to the trial they offered dad', hears: "I can't advise on your own treatment" },
    { user: 'ask bone cancer guide can chemo wipe out the spots in his bones for good', hears: "Secondary bone cancer can't be cured" },
  ]);

  conversation('feelings said before a question colour it; a word asked about in the middle of a long question', [
    // The question asked after the feelings is what is answered, when the sheet answers it.
    {
      user: "ask bone cancer guide i'm petrified about it all, which bones does it usually go to",
      hears: 'spine',
      neverHears: 'These reactions are normal',
    },
    // A feeling with nothing the sheet answers after it, or a "what" inside what is said, stays a feeling.
    { user: "ask bone cancer guide i'm so scared what is going to happen", hears: 'These reactions are normal' },
    { user: "ask bone cancer guide it's all been a shock and i don't know what i'm meant to feel", hears: 'These reactions are normal' },
    // "What does … mean", said in the middle of a longer question, is asked of the word between.
    {
      user: 'ask bone cancer guide what on earth does osteolytic mean, the letter from the hospital said it twice',
      hears: 'damaged',
      neverHears: "doesn't cover",
    },
  ]);

  conversation('time left asked in weeks, putting treatment off, how treatment is chosen, and what costs money', [
    {
      user: 'ask bone cancer guide the doctor looked so serious, are we talking weeks now',
      hears: 'No doctor can predict',
      neverHears: 'few weeks',
    },
    // Weeks of a treatment ask how long it goes on, not time left.
    { user: 'ask bone cancer guide how long does chemo go on for, is it weeks or what', neverHears: 'predict' },
    { user: 'ask bone cancer guide could we push the chemo back until after christmas', hears: "I can't advise" },
    { user: 'ask bone cancer guide is it alright to have a glass of wine with his endone', hears: "I can't advise" },
    {
      user: 'ask bone cancer guide how do the doctors choose which treatment she should get',
      hears: ['How the treatment is chosen:', 'general health'],
    },
    {
      user: 'ask bone cancer guide what would palliative care at home cost us',
      hears: "What it costs: the fact sheet doesn't cover that.",
      neverHears: 'Palliative care aims',
    },
    // A trip is not a fall; "you just die", said of what someone heard, is not despair.
    {
      user: 'ask bone cancer guide we have a trip booked, is it safe for him to fly',
      hears: "I can't advise",
      neverHears: 'treatment team now',
    },
    {
      user: 'ask bone cancer guide a neighbour said once it is in the bones you just die, is that true',
      neverHears: 'Lifeline',
    },
    { user: 'ask bone cancer guide i keep looking at his oxycontin and thinking about taking them all', hears: 'Lifeline' },
    { user: "ask bone cancer guide i'm forty two and i keep asking why me", hears: 'These reactions are normal' },
  ]);

  conversation('why: a passage that says so, but not why, is only the closest the sheet comes', [
    {
      user: 'ask bone cancer guide how come the ache is worse when she moves about',
      hears: ["doesn't cover that exactly", 'worse with movement'],
    },
    // A sentence that gives the reason answers it.
    { user: 'ask bone cancer guide why do his bones snap so easily', hears: 'weaken the bones', neverHears: "doesn't cover" },
  ]);

  conversation('results that came back, a hospice from next month, nobody to talk to, and what stress does', [
    {
      user: 'ask bone cancer guide his results came back worse, does that mean less time now',
      hears: 'No doctor can predict',
      neverHears: 'treatment team now',
    },
    {
      // The sheet never names a hospice: what palliative care is for is not read as what a hospice does.
      user: "ask bone cancer guide she's going into a hospice from next month what do they do there",
      hears: "The fact sheet doesn't cover that",
      neverHears: ['predict', 'Palliative care aims'],
    },
    { user: "ask bone cancer guide i can't cope and there's nobody to talk to", hears: 'Lifeline' },
    { user: 'ask bone cancer guide can stress make the cancer spread', neverHears: 'These reactions are normal' },
    { user: "ask bone cancer guide i'm scared of what the chemo will do to me", hears: 'These reactions are normal' },
    {
      user: 'ask bone cancer guide what are those checkpoint drugs called',
      hears: "The names of the drugs: the fact sheet doesn't cover that.",
    },
    { user: 'ask bone cancer guide if his hip breaks can they fix it', hears: 'rods, plates, screws' },
    { user: 'ask bone cancer guide is the radiotherapy every day', hears: 'several over a few weeks' },
    { user: "ask bone cancer guide i've been anxious every day since the scan", hears: 'These reactions are normal' },
  ]);

  conversation('what letters stand for, one session only, and what a treatment already had changes', [
    { user: 'ask bone cancer guide what is pet short for', hears: 'positron emission tomography' },
    {
      user: 'ask bone cancer guide what do the letters mri stand for',
      hears: "What the letters stand for, for C T and M R I scans: the fact sheet doesn't cover that.",
      neverHears: 'three-dimensional',
    },
    { user: 'ask bone cancer guide so with radiotherapy you only have the one session', hears: 'several over a few weeks' },
    {
      user: 'ask bone cancer guide he had hormone therapy before, will that affect which treatment they pick now',
      hears: "the treatment you've already had",
    },
  ]);

  conversation('asides set aside, a word asked about before a second question, and a primary not yet found', [
    {
      user: "ask bone cancer guide the doctor talked so fast i didn't catch a word, what are bone secondaries",
      hears: 'started in another part of the body',
      neverHears: ["doesn't cover", 'These reactions are normal'],
    },
    { user: "ask bone cancer guide what's a bone scan and why would he need one", hears: 'radioactive dye' },
    {
      user: "ask bone cancer guide they still haven't found where it came from, how can that be",
      hears: 'before the primary cancer is located',
    },
  ]);

  conversation('what a report says, asked about: the words after the report, their first name the head', [
    {
      user: 'ask bone cancer guide the scan report says osteolytic lesions in the ribs, can you explain that to me',
      hears: 'damaged',
      neverHears: "doesn't cover",
    },
    {
      user: 'ask bone cancer guide the mri report says a spinal instability score of seven what does that mean',
      hears: "doesn't cover",
      neverHears: 'three-dimensional',
    },
    // Bone as a common place is not which bones.
    { user: 'ask bone cancer guide are bones one of the usual places cancer goes', neverHears: 'Which bones it spreads to' },
  ]);

  conversation('the first sign, getting onto a trial, and a "why her" that asks about her pain', [
    { user: "ask bone cancer guide what's usually the first sign it's in the bones", hears: 'The most common symptom is pain' },
    {
      user: 'ask bone cancer guide how could we get dad onto one of those trials',
      hears: "the fact sheet doesn't cover that",
      neverHears: 'Checkpoint inhibitors allow',
    },
    { user: 'ask bone cancer guide why her back pain is worse at night', neverHears: 'These reactions are normal' },
  ]);

  conversation('said without saying it: the clock ticking, losing him, keeping her comfortable, the lights on but nobody home', [
    { user: 'ask bone cancer guide is the clock ticking now', hears: 'No doctor can predict' },
    { user: 'ask bone cancer guide are we losing her', hears: 'No doctor can predict' },
    // Losing hair is not losing a person; shaking it off is not a fever.
    { user: 'ask bone cancer guide will the chemo make him lose his hair', neverHears: 'predict' },
    { user: "ask bone cancer guide he says he'll just shake it off, can he", hears: "can't be cured", neverHears: 'treatment team now' },
    { user: "ask bone cancer guide they're keeping her comfortable now, what does that mean", hears: 'Palliative care aims' },
    {
      user: 'ask bone cancer guide mum has been away with the fairies since this morning',
      hears: 'contact the doctor or treatment team now',
    },
    { user: "ask bone cancer guide what's the use, i'm done", hears: 'Lifeline' },
    { user: "ask bone cancer guide it's like the rug's been pulled out from under us", hears: 'These reactions are normal' },
    { user: 'ask bone cancer guide is it ok for her to have a beer while she is on chemo', hears: "I can't advise" },
    // Whether something could have been done is about prevention, not advice.
    { user: 'ask bone cancer guide could she have done anything to stop it spreading', neverHears: "I can't advise" },
    {
      user: 'ask bone cancer guide why do they do a needle biopsy rather than an operation',
      hears: "the fact sheet doesn't cover that",
    },
    { user: 'ask bone cancer guide how long can we take to make up our minds', hears: 'Take as much time as you can' },
  ]);

  conversation('how recent this is, how long each time, and drowsy this morning since the diagnosis', [
    // The passage says it is general information itself: the first-visit disclaimer is not said again after it.
    {
      user: 'ask bone cancer guide how up to date is this information',
      hears: 'last medically reviewed',
      check: (response) => expect(spokenText(response).match(/not medical advice/g)).toHaveLength(1),
    },
    { user: 'ask bone cancer guide how long will he be at the hospital each time for chemo', hears: 'several hours' },
    // Every morning in the garden is not a session.
    {
      user: "ask bone cancer guide she's out walking every morning, how much time has she got",
      hears: 'No doctor can predict',
      neverHears: 'each session',
    },
    {
      user: "ask bone cancer guide ever since his diagnosis he's been tired but this morning he's so drowsy i can't wake him",
      hears: 'contact the doctor or treatment team now',
    },
  ]);

  conversation('how a treatment is given, who decides, and what the cement does', [
    { user: 'ask bone cancer guide how do they give chemotherapy, a drip or pills', hears: 'into a vein', neverHears: "I can't advise" },
    { user: 'ask bone cancer guide where do they inject the dye for a bone scan', hears: 'vein', neverHears: "I can't advise" },
    { user: "ask bone cancer guide mum doesn't want to decide about her treatment, is that up to her", hears: 'up to you how involved' },
    // Who else is involved is the treatment team, not a say in decisions; up to date is not up to someone.
    { user: 'ask bone cancer guide who else might be involved in his care', neverHears: 'Your part in decisions' },
    { user: 'ask bone cancer guide does the cement make the bones stronger', hears: 'strengthen', neverHears: 'treatment team now' },
    { user: 'ask bone cancer guide what should we be asking the specialist about treatment', hears: 'side effects, risks and benefits' },
  ]);

  conversation('a word the sheet names but never explains, who has the say, and which biopsy is which', [
    {
      user: 'ask bone cancer guide what exactly are lymph glands',
      hears: "the fact sheet doesn't cover that",
      neverHears: "doesn't cover that exactly",
    },
    { user: 'ask bone cancer guide who has the final say about the treatment, us or the doctors', hears: 'up to you how involved' },
    {
      user: 'ask bone cancer guide with the two biopsies which is local and which is general',
      hears: ['core needle biopsy', 'under local anaesthetic', 'under general anaesthetic'],
    },
  ]);

  conversation('what the questions that matter most sound like when they are not said outright', [
    // Putting medicine aside, giving up food to hasten the end, a goodbye and then silence: crisis support.
    { user: "ask bone cancer guide i've been saving up my sleeping pills", hears: 'Lifeline' },
    { user: "ask bone cancer guide can i stop eating so it's over sooner", hears: 'Lifeline' },
    { user: 'ask bone cancer guide my brother texted me goodbye and now he is not answering', hears: 'Lifeline' },
    // Plans far ahead, said with a doubt, ask about time left.
    {
      user: 'ask bone cancer guide is it silly to book a cruise for next year',
      hears: 'No doctor can predict the exact course',
      neverHears: 'Lifeline',
    },
    // What the end is like is not described, and the sheet's palliative-care words follow what it does say.
    { user: 'ask bone cancer guide what will the end be like for him', hears: ["doesn't describe the end", 'Palliative care aims'] },
  ]);

  conversation('a decision about treatment is declined, with what the sheet says of such decisions', [
    {
      user: 'ask bone cancer guide should my wife go ahead with the surgery',
      hears: [
        "I can't advise on your own treatment or medicines, and the fact sheet doesn't cover that. What it does say is this.",
        'Talk to your doctor about treatment options, side effects, risks and benefits.',
        'thirteen eleven twenty',
      ],
      neverHears: 'metal rods',
    },
  ]);

  conversation('who said it is not what is asked; one word of focus does not outweigh a passage named more', [
    // "The oncologist" in "the oncologist mentioned …" is not the treatment team.
    {
      user: 'ask bone cancer guide the oncologist mentioned hypercalcaemia what does that do to you',
      hears: 'nausea and vomiting',
      neverHears: 'radiation oncologist',
    },
    {
      user: 'ask bone cancer guide they said it is pressing on the nerves in his spine what symptoms does that give',
      hears: 'tingling or numbness',
    },
  ]);

  conversation('more of what the questions that matter most sound like, and what they do not', [
    { user: 'ask bone cancer guide how do i end it', hears: 'Lifeline' },
    // Thirsty, not dying; quiet, not going; last week, not the last weeks.
    {
      user: "ask bone cancer guide she says she's dying of thirst could that be the cancer",
      hears: 'calcium',
      neverHears: "I'm sorry you're facing this",
    },
    {
      user: "ask bone cancer guide dad found out last week and he's gone very quiet is that normal",
      neverHears: "I'm sorry you're facing this",
    },
    // Asked of nothing named: what was understood, with no blank where a name would be.
    { user: 'ask bone cancer guide will he suffer at the end', hears: "doesn't describe the end", neverHears: 'for:' },
    {
      user: 'ask bone cancer guide there was a loud crack when she stood up and now her leg looks wrong',
      hears: 'contact the doctor or treatment team now',
    },
  ]);

  conversation('whether there is any hope is asked of the outlook, not despair; no hope left is despair', [
    {
      user: 'ask bone cancer guide is there any hope',
      hears: "can't be cured, but treatment can improve your quality of life",
      neverHears: 'Lifeline',
    },
    { user: 'ask bone cancer guide i have no hope left', hears: 'Lifeline' },
  ]);

  conversation('a which at the very end, time to decide, and a long word heard as two', [
    { user: 'ask bone cancer guide who will she be seeing which specialists', hears: 'radiation oncologist' },
    {
      user: 'ask bone cancer guide how much time do we get to make up our minds about the treatment',
      hears: 'Take as much time as you can',
      neverHears: 'How long it takes',
    },
    {
      user: 'ask bone cancer guide the letter says osteo lytic what does that mean in plain english',
      hears: 'Osteolytic',
      neverHears: "doesn't cover",
    },
  ]);

  conversation('words that sound like the questions that matter most, and are not', [
    // "going to see" is not "going", a tumour cut out before is not a cure, shaking with fear is a feeling.
    {
      user: 'ask bone cancer guide who are the different specialists she is going to see',
      hears: 'radiation oncologist',
      neverHears: "I'm sorry you're facing this",
    },
    {
      user: "ask bone cancer guide my brother's tumour was cut out years ago could that spread to his bones",
      hears: 'Any type of cancer can spread to the bones',
      neverHears: 'Whether it can be cured',
    },
    {
      user: "ask bone cancer guide i've just been told and i'm so frightened i'm shaking",
      hears: 'These reactions are normal',
      neverHears: 'contact the doctor or treatment team now',
    },
    // A decision about a treatment for a pain long put up with is a decision, not an emergency.
    {
      user: 'ask bone cancer guide should we go ahead with the radiotherapy or just put up with the back pain',
      hears: "I can't advise on your own treatment or medicines",
      neverHears: 'contact the doctor or treatment team now',
    },
  ]);

  conversation('what can be done for a symptom: the treatment passage that names it, or honestly not covered', [
    {
      user: 'ask bone cancer guide what can they do for a broken bone',
      hears: ['What can be done for fractures:', 'surgery may be used to put in metal rods'],
      // All of surgery's passage was said: yes goes on to what follows it, never the same words again.
      offers: 'Would you like to hear about vertebroplasty?',
    },
    { user: 'yes', hears: 'bone cement', neverHears: 'metal rods' },
    {
      user: 'ask bone cancer guide how do they treat high calcium',
      hears: "What can be done for high calcium in the blood: the fact sheet doesn't cover that.",
      neverHears: 'releases calcium',
    },
    {
      user: "ask bone cancer guide she's in a lot of pain what can they do to ease it",
      hears: ['What can be done for', 'relieve pain'],
    },
    {
      user: 'ask bone cancer guide how long does radiotherapy for bone pain go on for',
      hears: 'How long it takes, for radiation therapy:',
      neverHears: 'What can be done',
    },
  ]);

  conversation('the difference between two things the sheet describes apart: each one’s own words, side by side', [
    {
      user: "ask bone cancer guide what's the difference between chemo and targeted therapy",
      hears: ['How they differ, for', 'Chemotherapy uses drugs to kill cancer cells', 'attack specific features of cancer cells'],
      neverHears: 'The choice depends',
    },
    {
      user: 'ask bone cancer guide what is the sensitivity of a bone scan compared to a pet scan',
      hears: "the fact sheet doesn't cover that",
    },
  ]);

  conversation('does palliative mean dying: the sheet’s palliative-care and prognosis words, gently', [
    {
      user: 'ask bone cancer guide does palliative care mean she is dying',
      hears: [
        "I'm sorry you're facing this.",
        'quality of life',
        'without aiming to cure it',
        'No doctor can predict',
        'thirteen eleven twenty',
      ],
      offers: 'palliative care',
    },
    { user: 'yes', hears: 'slowing the spread of the cancer' },
  ]);

  conversation('what palliative care is for, asked as giving up: the palliative-care passage', [
    {
      user: 'ask bone cancer guide does palliative care mean giving up on treatment',
      hears: ['What palliative care means', 'quality of life', 'without aiming to cure it'],
    },
  ]);

  conversation('a remedy the sheet never names, asked as a cure: not covered, then what the sheet does say', [
    {
      user: 'ask bone cancer guide does cannabis oil cure bone cancer',
      hears: ["The fact sheet doesn't cover that: it doesn't talk about other remedies.", "can't be cured", 'thirteen eleven twenty'],
    },
  ]);

  conversation('why treat it if it cannot be cured: what treatment aims to do, then the prognosis', [
    {
      user: "ask bone cancer guide they keep saying control it not cure it what's the difference",
      hears: ['What treatment aims to do:', 'control or shrink the cancer', "can't be cured", 'thirteen eleven twenty'],
    },
  ]);

  conversation('a decision between treatments and palliative care: declined, never read as the answer', [
    {
      user: 'ask bone cancer guide should mum go on the chemo or just have the palliative care',
      hears: ["I can't advise on your own treatment or medicines", 'thirteen eleven twenty'],
    },
  ]);

  conversation('survival figures the sheet never gives: not covered, then what it does say', [
    {
      user: "ask bone cancer guide what's the survival rate",
      hears: ["The fact sheet doesn't cover that: it gives no figures.", 'No doctor can predict'],
    },
  ]);

  conversation('feelings: the sheet’s after-diagnosis words, and the support line', [
    {
      user: "ask bone cancer guide i can't stop crying since the diagnosis",
      hears: ['These reactions are normal', 'family and friends', 'thirteen eleven twenty'],
    },
  ]);

  conversation('a symptom’s words in an idiom are not a symptom happening now', [
    {
      user: "ask bone cancer guide dad can't stand the thought of more chemo",
      neverHears: 'contact the doctor or treatment team now',
    },
    {
      user: "ask bone cancer guide mum's been a bit confused about all the appointments",
      neverHears: 'contact the doctor or treatment team now',
    },
    {
      user: "ask bone cancer guide mum's really confused tonight she doesn't know where she is",
      hears: 'If this is new or getting worse, contact the doctor or treatment team now.',
    },
  ]);

  conversation('saying goodbye, time for a trip in a season, being clear after treatment, feeling it is out of one’s hands', [
    { user: 'ask bone cancer guide is it time to say goodbye to grandad', hears: 'No doctor can predict the exact course' },
    {
      user: 'ask bone cancer guide we want to travel overseas in autumn is there enough time for her',
      hears: 'No doctor can predict the exact course',
    },
    { user: 'ask bone cancer guide have we got enough time for a holiday', hears: 'No doctor can predict the exact course' },
    { user: 'ask bone cancer guide once the radiotherapy is finished will he be in the clear', hears: "can't be cured" },
    { user: 'ask bone cancer guide it all feels out of our hands now', hears: 'These reactions are normal' },
    { user: 'ask bone cancer guide how can i deal with the fear every night', hears: 'These reactions are normal', neverHears: 'pain' },
    { user: 'ask bone cancer guide can you have bone cancer without another cancer', neverHears: "I can't advise" },
  ]);

  conversation('time asked as what kind of time or a visit before a holiday; on your way out; fixable; bowels; lying awake', [
    { user: 'ask bone cancer guide now that it is in her ribs what sort of time are we looking at', hears: 'No doctor can predict' },
    {
      user: 'ask bone cancer guide should my sister fly over now or can it wait till easter',
      hears: 'No doctor can predict',
      neverHears: "I can't advise",
    },
    { user: 'ask bone cancer guide people say once it is in the bones you are on your way out', hears: 'No doctor can predict' },
    { user: 'ask bone cancer guide is it fixable', hears: "can't be cured" },
    {
      user: 'ask bone cancer guide he has not been able to hold his bladder since this morning',
      hears: 'If this is new or getting worse, contact the doctor or treatment team now.',
    },
    {
      user: 'ask bone cancer guide i lie awake at night worrying about the results',
      hears: 'These reactions are normal',
      neverHears: 'Awake or asleep',
    },
  ]);

  conversation('meeting a grandchild, what finally gets me, time a person gets, wiping it out, facing another day', [
    { user: 'ask bone cancer guide my grandson is due in spring will i get to meet him', hears: 'No doctor can predict' },
    { user: 'ask bone cancer guide is this the thing that finally gets me', hears: 'No doctor can predict' },
    { user: 'ask bone cancer guide what sort of time do people get with this', hears: 'No doctor can predict' },
    { user: 'ask bone cancer guide can the chemo wipe out the secondaries', hears: "can't be cured" },
    { user: "ask bone cancer guide i can't face another day like this", hears: 'thirteen eleven fourteen' },
  ]);

  conversation('gathering the family, a flight home, years or less, pills kept just in case, knots, pain that is always worse', [
    { user: 'ask bone cancer guide is it time to get the whole family together', hears: 'No doctor can predict' },
    { user: "ask bone cancer guide i'm in london should i get on a plane now", hears: 'No doctor can predict' },
    { user: 'ask bone cancer guide are we talking years or less', hears: 'No doctor can predict' },
    { user: "ask bone cancer guide i've been saving up my tablets just in case", hears: 'thirteen eleven fourteen' },
    { user: 'ask bone cancer guide my stomach is in knots all day is that normal', hears: 'These reactions are normal' },
    {
      user: 'ask bone cancer guide why does new bone grow abnormally',
      hears: "The fact sheet doesn't cover that exactly.",
    },
    {
      user: 'ask bone cancer guide why is the pain always worse at night',
      neverHears: 'contact the doctor or treatment team now',
    },
    {
      user: "ask bone cancer guide she had breast cancer can she do anything so it doesn't spread to her bones",
      hears: 'no prevention advice just for this disease',
    },
  ]);

  conversation('cutting out a food, a drink with chemo, a counsellor, a bone not broken, a material, near the grandkids', [
    {
      user: 'ask bone cancer guide should he cut out cheese now that his calcium is up',
      hears: "I can't advise on your own treatment or medicines",
      neverHears: "can't be cured",
    },
    {
      user: 'ask bone cancer guide does mum have to give up milk because of the calcium',
      hears: "I can't advise on your own treatment or medicines",
    },
    { user: 'ask bone cancer guide can the surgeon just cut the cancer out', hears: "can't be cured" },
    {
      user: 'ask bone cancer guide is it alright if he has a beer the day after chemo',
      hears: "I can't advise on your own treatment or medicines",
    },
    {
      user: 'ask bone cancer guide is there somebody for the emotional stuff like a counsellor',
      hears: 'social workers or counsellors',
    },
    {
      user: "ask bone cancer guide why operate on his leg when it isn't broken",
      neverHears: 'contact the doctor or treatment team now',
    },
    {
      user: "ask bone cancer guide the op got it all two years ago so how come it's come back",
      neverHears: "can't be cured",
    },
    { user: 'ask bone cancer guide is the rod made of steel', hears: "the fact sheet doesn't cover that." },
    {
      user: 'ask bone cancer guide after the bone scan is it safe for her to hold the baby',
      hears: "Being near other people afterwards, for bone scans: the fact sheet doesn't cover that.",
    },
  ]);

  conversation('time talked about, in the clear after treatment, school, legs that would not hold, what others pick', [
    {
      user: "ask bone cancer guide what kind of time are we looking at now it's spread to her bones",
      hears: 'No doctor can predict',
    },
    { user: 'ask bone cancer guide once the radiotherapy is done will he be in the clear', hears: "can't be cured" },
    {
      user: 'ask bone cancer guide mum asked at the appointment if she will see the grandkids start school',
      hears: 'No doctor can predict',
    },
    {
      user: "ask bone cancer guide he couldn't stand up this morning his legs wouldn't hold him",
      hears: 'If this is new or getting worse, contact the doctor or treatment team now.',
    },
    {
      user: 'ask bone cancer guide what do most people go for chemo or radiotherapy',
      hears: "I can't advise on your own treatment or medicines",
    },
  ]);

  conversation('fixed after an operation, got over it, a purchase, plans brought forward, leaving, parched, worry at work', [
    {
      user: "ask bone cancer guide after they've done the operation on her leg is that her fixed",
      hears: "can't be cured",
      neverHears: 'contact the doctor or treatment team now',
    },
    { user: 'ask bone cancer guide a lady at my work got over it is that possible', hears: "can't be cured" },
    {
      user: 'ask bone cancer guide should i buy a new car or will i not get much use out of it',
      hears: 'No doctor can predict',
    },
    {
      user: 'ask bone cancer guide his seventieth is in the spring are we leaving it too late',
      hears: 'No doctor can predict',
    },
    {
      user: 'ask bone cancer guide we booked a trip for next year should we bring it forward for mum',
      hears: 'No doctor can predict',
    },
    { user: 'ask bone cancer guide forty years together is she leaving me', hears: 'No doctor can predict' },
    {
      user: "ask bone cancer guide he's been drinking glasses of water all night and he's still parched",
      hears: 'If this is new or getting worse, contact the doctor or treatment team now.',
    },
    {
      user: "ask bone cancer guide i can't stop worrying about mum when i'm at work",
      hears: 'These reactions are normal',
      neverHears: "I can't advise",
    },
    {
      user: 'ask bone cancer guide how long is each radiotherapy session i have to catch the train',
      neverHears: 'No doctor can predict',
    },
  ]);

  conversation('a treatment for a named first cancer, a bone scan’s wait, how a first cancer reaches the bone, the usual ones', [
    // A first cancer the sheet never names: its words on other cancers are only the closest it comes.
    {
      user: 'ask bone cancer guide is there immunotherapy for kidney cancer in the bones',
      hears: ["The fact sheet doesn't cover that exactly.", 'clinical trials'],
      neverHears: 'Which cancers it treats',
    },
    {
      user: 'ask bone cancer guide is hormone therapy used for prostate cancer that has spread to the bone',
      hears: 'prostate or breast cancer',
    },
    {
      user: 'ask bone cancer guide is targeted therapy used for thyroid cancer in the bones',
      hears: ['The closest it comes is in the part on targeted therapy', 'certain proteins'],
    },
    {
      user: 'ask bone cancer guide is hormone therapy used for lung cancer in the bones',
      hears: ['The closest it comes is in the part on hormone therapy', 'prostate or breast cancer'],
    },
    {
      user: 'ask bone cancer guide is radiotherapy an option for breast cancer in the bones',
      neverHears: 'Which cancers it treats',
    },
    {
      user: 'ask bone cancer guide my mum has an m r i tomorrow how long should i wait in the car',
      hears: '30 and 90 minutes',
    },
    {
      user: 'ask bone cancer guide my daughter wants to know how her dad’s lung cancer ended up in his ribs',
      hears: 'bloodstream',
    },
    {
      user: 'ask bone cancer guide can kidney cancer go to the bones or only the ones on that list',
      hears: 'Any type of cancer can spread to the bones',
    },
    {
      user: 'ask bone cancer guide is myeloma a bone cancer or a blood cancer',
      neverHears: 'full blood count',
    },
  ]);

  conversation('slipping away, praying, calling the family in, over it, a slip in the bath, a grip gone, wishing it would stop', [
    {
      user: 'ask bone cancer guide is my husband slipping away',
      hears: 'No doctor can predict',
      neverHears: 'contact the doctor or treatment team now',
    },
    { user: 'ask bone cancer guide if we pray hard enough will god heal it', hears: "can't be cured" },
    {
      user: 'ask bone cancer guide the hospice said to call the family in is he going',
      hears: 'No doctor can predict',
    },
    { user: 'ask bone cancer guide when the chemo is finished will she be over it', hears: "can't be cured" },
    {
      user: "ask bone cancer guide mum slipped in the bathroom and won't put any weight on her leg",
      hears: 'If this is new or getting worse, contact the doctor or treatment team now.',
    },
    {
      user: 'ask bone cancer guide his grip is going he keeps dropping his mug',
      hears: 'If this is new or getting worse, contact the doctor or treatment team now.',
    },
    { user: 'ask bone cancer guide some days i wish it would all just end', hears: 'thirteen eleven fourteen' },
    {
      user: "ask bone cancer guide i've looked after her for a year and i can't do it any more",
      hears: 'thirteen eleven fourteen',
    },
    { user: 'ask bone cancer guide i keep pretending it is not happening', hears: 'These reactions are normal' },
  ]);

  conversation('plans kept or dropped, years or weeks, time off for a scan, prevention, unlisted and first bones, radiation', [
    { user: 'ask bone cancer guide should we still book the holiday for july', hears: 'No doctor can predict' },
    { user: 'ask bone cancer guide is there any point buying him a new coat', hears: 'No doctor can predict' },
    {
      user: "ask bone cancer guide my sister thinks he's got years and i think it's months who's right",
      hears: 'No doctor can predict',
    },
    {
      user: 'ask bone cancer guide i have to take time off work how long will her m r i take',
      hears: '30 and 90 minutes',
    },
    {
      user: "ask bone cancer guide can she do anything so her lung cancer doesn't spread to her bones",
      hears: 'no prevention advice just for this disease',
    },
    {
      user: 'ask bone cancer guide it has gone to his jaw is that one of the usual places',
      hears: "The fact sheet doesn't cover that",
      neverHears: 'Which bones it spreads to:',
    },
    { user: 'ask bone cancer guide which bone does it usually go to first', neverHears: 'Which bones it spreads to:' },
    {
      user: 'ask bone cancer guide how much radiation do you get from a c t scan',
      hears: "A figure like that: the fact sheet doesn't cover that.",
    },
  ]);

  conversation('who looks after her, leaning on someone, what sets it off, catching colds, how a treatment is taken', [
    {
      user: "ask bone cancer guide who's going to be looking after dad in hospital",
      hears: ['range of health professionals', 'social workers or counsellors'],
    },
    { user: 'ask bone cancer guide who can mum lean on through all of this', hears: 'talking to family and friends' },
    { user: 'ask bone cancer guide what sets it off in the first place', hears: 'always caused by a primary cancer' },
    {
      user: 'ask bone cancer guide she keeps catching colds is that part of it',
      hears: 'increased risk of infection',
      neverHears: 'Whether it can be caught',
    },
    {
      user: 'ask bone cancer guide hormone therapy can you have it as tablets',
      hears: 'tablets',
      neverHears: "I can't advise",
    },
    { user: 'ask bone cancer guide medical onk ologist what do they do', neverHears: 'Depending on your treatment' },
    { user: 'ask bone cancer guide we saw the palliative care nurse what do they do', hears: 'quality of life' },
  ]);

  conversation('is he dying, asked beside a symptom now: the escalation line, the symptom’s passage, then the outlook', [
    {
      user: "ask bone cancer guide mum's legs have gone numb is she dying",
      hears: [
        'If this is new or getting worse, contact the doctor or treatment team now.',
        'tingling or numbness',
        'No doctor can predict',
      ],
    },
    {
      user: 'ask bone cancer guide my back is killing me',
      hears: 'If this is new or getting worse, contact the doctor or treatment team now.',
      neverHears: 'No doctor can predict',
    },
  ]);

  conversation('why cancer goes to the bones: the sheet says it is one of the most common sites, not why', [
    {
      user: 'ask bone cancer guide why do cancers like going to the bones so much',
      hears: ["The fact sheet doesn't cover that exactly.", 'one of the most common sites'],
    },
    {
      user: 'ask bone cancer guide why is secondary bone cancer more common than primary bone cancer',
      hears: 'one of the most common sites',
      neverHears: "doesn't cover that exactly",
    },
  ]);

  conversation('despair, a symptom now or a decision heard as a topic’s name is answered as what it is', [
    {
      // Alexa may fill "{subject}" with the whole of it, resolved to the nearest topic.
      request: intentRequest({ locale: 'en-AU' }, newSession(), 'TellMeAboutIntent', {
        subject: {
          name: 'subject',
          value: 'sometimes i want to hurt myself',
          resolution: { status: 'ER_SUCCESS_MATCH', name: 'symptoms', id: 'symptoms' },
        },
      }),
      hears: 'thirteen eleven fourteen',
      neverHears: 'The most common symptom is pain',
    },
    {
      request: intentRequest({ locale: 'en-AU' }, newSession(), 'TellMeAboutIntent', {
        subject: {
          name: 'subject',
          value: 'should i stop the chemo',
          resolution: { status: 'ER_SUCCESS_MATCH', name: 'chemotherapy', id: 'chemotherapy' },
        },
      }),
      hears: "I can't advise on your own treatment or medicines",
    },
    {
      request: intentRequest({ locale: 'en-AU' }, newSession(), 'TellMeAboutIntent', {
        subject: {
          name: 'subject',
          value: 'chemotherapy',
          resolution: { status: 'ER_SUCCESS_MATCH', name: 'chemotherapy', id: 'chemotherapy' },
        },
      }),
      hears: 'Chemotherapy uses drugs',
    },
  ]);

  conversation('ending it said of someone else, dying said flatly, comfort care, coming sooner, time off for a scan', [
    { user: "ask bone cancer guide my dad keeps saying he'll end it all before it gets bad", hears: 'thirteen eleven fourteen' },
    { user: 'ask bone cancer guide she says she wants to take her own life', hears: 'thirteen eleven fourteen' },
    { user: "ask bone cancer guide i'm dying aren't i", hears: 'No doctor can predict' },
    { user: 'ask bone cancer guide is comfort care another word for palliative care', hears: 'quality of life' },
    { user: 'ask bone cancer guide my sister is visiting at easter should she come sooner', hears: 'No doctor can predict' },
    {
      user: 'ask bone cancer guide how much time off work do i need to take him to his m r i',
      hears: '30 and 90 minutes',
      neverHears: "I can't advise",
    },
  ]);

  conversation('"i\'m confused" said of the question is no symptom; said with one, it still escalates', [
    {
      user: "ask bone cancer guide so what causes the secondary kind then i'm so confused",
      hears: 'always caused by a primary cancer',
      neverHears: 'high calcium',
    },
    {
      user: "ask bone cancer guide i'm confused and i keep vomiting",
      hears: 'If this is new or getting worse, contact the doctor or treatment team now.',
    },
  ]);

  conversation('everyday remarks that share a word with an urgent, crisis, cure, dying or plan cue are none of them', [
    { user: 'ask bone cancer guide sorry i dropped my keys say that again', neverHears: 'contact the doctor or treatment team now' },
    { user: 'ask bone cancer guide my mouth is parched after the chemo', neverHears: 'contact the doctor or treatment team now' },
    { user: 'ask bone cancer guide mum fell asleep in the garden', neverHears: 'contact the doctor or treatment team now' },
    { user: "ask bone cancer guide i tripped on the step but i didn't hurt myself", neverHears: 'thirteen eleven fourteen' },
    { user: 'ask bone cancer guide the appointment time is fixed can we move it', neverHears: "can't be cured" },
    { user: "ask bone cancer guide he doesn't put on weight whatever he eats", neverHears: 'contact the doctor or treatment team now' },
    { user: "ask bone cancer guide dad can't do the gardening anymore", neverHears: 'thirteen eleven fourteen' },
    { user: 'ask bone cancer guide i wish all the appointments would stop', neverHears: 'thirteen eleven fourteen' },
    { user: 'ask bone cancer guide the telly is broken will that be fixed', neverHears: "can't be cured" },
    { user: 'ask bone cancer guide can we still book a trip during the radiotherapy', neverHears: 'No doctor can predict' },
    { user: 'ask bone cancer guide should i ring the family now to tell them the news', neverHears: 'No doctor can predict' },
    { user: 'ask bone cancer guide explain how the chemo gets into the bone', neverHears: 'How it gets to the bone:' },
    { user: "ask bone cancer guide how do i make sure she doesn't catch a cold", neverHears: 'no prevention advice' },
    { user: 'ask bone cancer guide is an m r i safe for pregnant women', neverHears: 'Being near other people' },
    { user: 'ask bone cancer guide can i wear a gold necklace in the scanner', neverHears: 'What it is made of' },
  ]);

  conversation('feelings said with a symptom’s words are feelings, not the symptom', [
    {
      user: "ask bone cancer guide i feel nothing at all i'm just numb is that wrong",
      intent: 'FeelQuestionIntent',
      hears: 'These reactions are normal',
      neverHears: ['contact the doctor or treatment team now', 'tingling'],
    },
    {
      user: "ask bone cancer guide i don't know who to talk to about how scared i am",
      hears: 'These reactions are normal',
      neverHears: ['contact the doctor or treatment team now', 'confusion'],
    },
    {
      user: 'ask bone cancer guide is it normal to feel like none of this is really happening',
      intent: 'NormalQuestionIntent',
      hears: 'These reactions are normal',
    },
  ]);

  conversation('time left through a plan or a refusal, dying as downhill or going, cure as well again, despair as no fight', [
    { user: 'ask bone cancer guide is it worth mum renewing her driving licence', hears: 'No doctor can predict' },
    { user: "ask bone cancer guide the specialist wouldn't give me a figure will you", hears: 'No doctor can predict' },
    { user: 'ask bone cancer guide we are booking the holiday park for summer will she still be here', hears: 'No doctor can predict' },
    { user: "ask bone cancer guide it's just months now isn't it", hears: 'No doctor can predict' },
    { user: "ask bone cancer guide so it's all downhill from now", hears: 'No doctor can predict' },
    { user: "ask bone cancer guide the hospice nurse said they'll keep her comfortable is she going", hears: 'No doctor can predict' },
    { user: 'ask bone cancer guide my nan she can be healthy again yes', hears: "can't be cured" },
    { user: "ask bone cancer guide i've got no fight left in me", hears: 'thirteen eleven fourteen' },
    { user: "ask bone cancer guide i can't face one more day like this", hears: 'thirteen eleven fourteen' },
    {
      user: "ask bone cancer guide my wife's been sleeping all day and won't eat is she on her way out",
      hears: ['contact the doctor or treatment team now', 'No doctor can predict'],
    },
  ]);

  conversation('a word of the sheet asked about after a feeling is asked about; a symptom now said in new words', [
    {
      user: 'ask bone cancer guide the word palliative in the letter scared me what is it exactly',
      hears: 'Palliative care aims to improve your quality of life',
      neverHears: 'These reactions are normal',
    },
    { user: 'ask bone cancer guide dad went white as a sheet when they said palliative is he dying', neverHears: 'blood cells' },
    { user: "ask bone cancer guide she hasn't been able to pee since last night", hears: 'contact the doctor or treatment team now' },
    {
      user: 'ask bone cancer guide he leaned over and felt his rib crack',
      hears: ['contact the doctor or treatment team now', 'fracture'],
    },
    { user: 'ask bone cancer guide how do i live with the fear', hears: 'These reactions are normal', neverHears: 'No doctor can predict' },
    { user: 'ask bone cancer guide can he take fish oil instead of the hormone therapy', hears: "I can't advise" },
    { user: "ask bone cancer guide i'm scared of the radiotherapy is that it for me", hears: 'No doctor can predict' },
  ]);

  conversation('words a sensitive question shares with an everyday one: a break long healed, a scan to its end, cement that cures', [
    {
      user: 'ask bone cancer guide dad broke his ankle years ago and it healed fine could that be where this started',
      neverHears: 'contact the doctor or treatment team now',
    },
    {
      user: 'ask bone cancer guide how long is the bone scan from the injection right through to the end',
      hears: "doesn't cover",
      neverHears: ['No doctor can predict', 'about an hour'],
    },
    { user: 'ask bone cancer guide when the cement goes in how long does it take to cure hard', neverHears: "can't be cured" },
    {
      user: "ask bone cancer guide will the chemo slow it down even if it won't get rid of it",
      hears: 'slow their growth',
      neverHears: "can't be cured",
    },
    {
      user: "ask bone cancer guide i can't go on with all these big words what's a biopsy",
      hears: 'microscope',
      neverHears: 'thirteen eleven fourteen',
    },
    { user: 'ask bone cancer guide how does a cancer in the breast end up in the bones', hears: 'bloodstream' },
    {
      user: 'ask bone cancer guide is this in her bones because of the breast cancer she had before',
      hears: 'always caused by a primary cancer',
    },
  ]);

  conversation('time left, dying, palliative and despair said as a joke, a euphemism or a plan', [
    { user: "ask bone cancer guide what's my use by date now", hears: 'No doctor can predict' },
    { user: 'ask bone cancer guide are we at the stage where the family should come home', hears: 'No doctor can predict' },
    { user: 'ask bone cancer guide is her body shutting down', hears: 'No doctor can predict' },
    { user: 'ask bone cancer guide are we going to lose mum to this', hears: 'No doctor can predict' },
    { user: 'ask bone cancer guide why do they call it palliative radiotherapy', hears: 'quality of life' },
    { user: "ask bone cancer guide there's nothing left for me", hears: 'thirteen eleven fourteen' },
    { user: 'ask bone cancer guide is it weeks now for him', hears: 'No doctor can predict' },
    { user: 'ask bone cancer guide would it be wiser to go for the hormone therapy or the chemo', hears: "I can't advise" },
  ]);

  conversation('what a test will show, ordinary chemo, waiting or going home, a school talk, a cause heard from a neighbour', [
    { user: 'ask bone cancer guide what will the m r i show the doctors', hears: 'three-dimensional' },
    { user: 'ask bone cancer guide the doctors want an x ray what are they hoping to find', hears: 'bone damage' },
    { user: 'ask bone cancer guide how is hormone therapy different from normal chemo', hears: ['hormones', 'Chemotherapy uses drugs'] },
    {
      user: "ask bone cancer guide she's having the vertebroplasty do i stay or go home",
      hears: 'about an hour',
      neverHears: "I can't advise",
    },
    {
      user: "ask bone cancer guide i'm giving a talk on this at school what is secondary bone cancer",
      hears: 'started in another part of the body',
    },
    {
      user: 'ask bone cancer guide my uncle says he got it from falling off a ladder is that right',
      hears: 'always caused by a primary cancer',
    },
  ]);

  conversation('a scar is no fear, a treatment that works is no cure, coming now or waiting is time left, going now is despair', [
    { user: 'ask bone cancer guide will the needle biopsy leave a scar on her hip', neverHears: 'These reactions are normal' },
    { user: 'ask bone cancer guide if the radiotherapy works does that mean the cancer is gone', hears: "can't be cured" },
    {
      user: "ask bone cancer guide my sister's in perth should she come now or can it wait",
      hears: 'No doctor can predict',
      neverHears: "I can't advise",
    },
    { user: "ask bone cancer guide i'd rather go now than go through all this", hears: 'thirteen eleven fourteen' },
    { user: "ask bone cancer guide is there anything i can do so it doesn't happen to me", hears: 'healthy lifestyle' },
    { user: 'ask bone cancer guide what does osteolytic mean in plain english', hears: 'damaged', neverHears: 'No doctor can predict' },
    { user: 'ask bone cancer guide what checkpoint inhibitors do they use', hears: "doesn't cover" },
    { user: 'ask bone cancer guide which cancers like to go to the bones', hears: 'prostate' },
    {
      user: "ask bone cancer guide my son wants to know where the cancer came from if i've never had bone trouble",
      hears: 'always caused by a primary cancer',
    },
  ]);

  conversation('"when would someone get it" asks why it is done; a pet at home is no scan', [
    {
      user: 'ask bone cancer guide when would someone need the bone cement in their spine',
      intent: 'WhenQuestionIntent',
      hears: 'severe back pain',
    },
    {
      user: 'ask bone cancer guide how long is he on the drip for the chemo i have to get someone to walk the dog and feed the cat',
      hears: 'several hours',
      neverHears: '30 and 90 minutes',
    },
  ]);

  conversation('the first cancers that spread most, and cancer in the bones from the start', [
    { user: 'ask bone cancer guide which first cancers go to the bone most often', hears: 'prostate' },
    {
      user: 'ask bone cancer guide are bone secondaries different from cancer in the bones to begin with',
      hears: 'more common than primary bone cancer',
    },
  ]);

  conversation('what the cement is made of, how much time people get, a long while, all over, walking as if drunk, relief', [
    { user: "ask bone cancer guide what's actually in the cement they put in his spine", hears: "doesn't cover" },
    { user: 'ask bone cancer guide how much time do men usually get once prostate cancer is in the bones', hears: 'No doctor can predict' },
    { user: 'ask bone cancer guide do people go on a long while with bone secondaries', hears: 'No doctor can predict' },
    { user: "ask bone cancer guide my sister says once it's in the bones that's it it's all over", hears: 'No doctor can predict' },
    { user: "ask bone cancer guide mum's walking like she's drunk this morning", hears: 'contact the doctor or treatment team now' },
    {
      user: 'ask bone cancer guide i feel relieved when i get a break from looking after dad is that bad',
      hears: 'These reactions are normal',
    },
    {
      user: "ask bone cancer guide what can my daughter do so she doesn't get it",
      hears: 'healthy lifestyle',
      neverHears: "can't be cured",
    },
  ]);

  conversation('spots that disappear, going downhill, parking for a scan, immunotherapy as an option, checks like a mammogram', [
    { user: 'ask bone cancer guide will the spots on her bones go away', hears: "can't be cured" },
    { user: "ask bone cancer guide people say you just go downhill once it's secondary", hears: 'No doctor can predict' },
    { user: 'ask bone cancer guide how much parking should i pay for during her m r i', hears: '30 and 90 minutes' },
    {
      user: 'ask bone cancer guide she has lung cancer in her hip would immuno therapy be an option',
      hears: 'lung cancer that has spread to the bone',
    },
    { user: 'ask bone cancer guide can they check her bones regularly like a mammogram', hears: 'no national screening program' },
  ]);

  conversation('the last sets: finished, no reason to get up, worry and sleep, time to wait', [
    { user: "ask bone cancer guide they said it's in my ribs so i'm finished am i", hears: 'No doctor can predict' },
    { user: "ask bone cancer guide i've got no reason to get out of bed anymore", hears: 'thirteen eleven fourteen' },
    { user: "ask bone cancer guide i'm so anxious i can't sleep", hears: 'These reactions are normal' },
    { user: 'ask bone cancer guide should we go on the cruise now or is there still time', hears: 'No doctor can predict' },
    { user: 'ask bone cancer guide is he going to get through this', hears: 'No doctor can predict' },
  ]);

  conversation("a why the sheet gives no reason for, a word asked as said, the first question's verb, a remark after the question", [
    {
      user: 'ask bone cancer guide why do some cancers create checkpoints against the immune system',
      hears: "doesn't cover that exactly",
    },
    { user: "ask bone cancer guide the letter says osteolytic what's osteolytic mean", hears: 'damaged', neverHears: "doesn't cover" },
    { user: 'ask bone cancer guide does the m r i take three d pictures', hears: 'three-dimensional', neverHears: 'bone scan' },
    {
      user: 'ask bone cancer guide where does it spread and which cancers do it most often',
      hears: ['the ribs', 'prostate cancer'],
      neverHears: 'the rest of what you asked',
    },
    {
      user: "ask bone cancer guide what do the x rays look for exactly i'm worried sick about him",
      hears: 'bone damage',
      neverHears: 'These reactions are normal',
    },
    {
      user: 'ask bone cancer guide when would the doctors suggest a vertebroplasty',
      intent: 'WhenQuestionIntent',
      hears: 'severe back pain',
      neverHears: "I can't advise",
    },
    { user: 'ask bone cancer guide is nan going to be okay', hears: 'No doctor can predict' },
    {
      user: "ask bone cancer guide his bladder just went and he couldn't make it to the toilet",
      hears: 'contact the doctor or treatment team now',
    },
    { user: 'ask bone cancer guide how do they treat primary bone cancer compared with secondary', neverHears: 'The choice depends' },
  ]);
  conversation("one side asked of 'too, or just', a kind of thing asked of a name, a break said of the cancer, quiet words", [
    {
      user: 'ask bone cancer guide would they x ray her chest too or only the bad leg',
      hears: 'chest and bones',
      neverHears: 'Radiation therapy',
    },
    { user: 'ask bone cancer guide what type of cancer is myeloma exactly', hears: 'names myeloma only' },
    {
      user: 'ask bone cancer guide if the cancer breaks a bone how can surgery help',
      hears: 'metal rods',
      neverHears: 'contact the doctor or treatment team now',
    },
    { user: "ask bone cancer guide honestly i'd be glad not to wake up", hears: 'thirteen eleven fourteen' },
    { user: "ask bone cancer guide i'm sick of the whole lot", hears: 'thirteen eleven fourteen' },
    { user: 'ask bone cancer guide will the chemo get it out of her bones altogether', hears: "can't be cured" },
    { user: 'ask bone cancer guide is it okay to split the morphine tablets in half', hears: "I can't advise" },
    { user: "ask bone cancer guide i've sort of stopped caring about anything", hears: 'thirteen eleven fourteen' },
    { user: 'ask bone cancer guide is grandad not coming home this time', hears: 'No doctor can predict' },
    { user: "ask bone cancer guide i'm furious with the gp for not catching it earlier", hears: 'These reactions are normal' },
    { user: 'ask bone cancer guide why does my friend get different treatments to me', hears: 'The choice depends' },
    { user: "ask bone cancer guide what do they do with the bone sample once it's taken", hears: 'under a microscope' },
    { user: "ask bone cancer guide for the pet scan what's in the injection", hears: 'radioactive glucose' },
    { user: 'ask bone cancer guide no use in trying anymore', hears: 'thirteen eleven fourteen' },
    { user: 'ask bone cancer guide will i shake this thing off', hears: "can't be cured", neverHears: 'contact the doctor' },
    { user: 'ask bone cancer guide is this what takes grandad', hears: 'No doctor can predict' },
    { user: 'ask bone cancer guide who decides on his treatment and based on what', hears: 'The choice depends' },
    { user: 'ask bone cancer guide the palliative team rang are we talking weeks or months', hears: 'No doctor can predict' },
    { user: "ask bone cancer guide there's nothing left in me", hears: 'thirteen eleven fourteen' },
    {
      user: 'ask bone cancer guide how long does the cement in his back take',
      hears: 'about an hour',
      neverHears: "doesn't cover",
    },
    {
      user: 'ask bone cancer guide how long is the ct guided biopsy',
      hears: "doesn't cover that",
      neverHears: '90 minutes',
    },
    { user: 'ask bone cancer guide does it always start from another cancer', hears: 'always caused by a primary cancer' },
    { user: "ask bone cancer guide she won't pull through will she", hears: 'No doctor can predict' },
    { user: 'ask bone cancer guide is targeted therapy a tablet as well', neverHears: "I can't advise" },
    {
      user: "ask bone cancer guide i'm a granddaughter giving a class talk about this how would you explain secondary bone cancer simply",
      hears: 'started in another part of the body',
    },
    {
      user: "ask bone cancer guide how long will dad's chemo infusion last today",
      hears: 'several hours',
      neverHears: 'No doctor can predict',
    },
    {
      user: "ask bone cancer guide the doctor's answer confused me what decides which treatment he gets",
      hears: 'The choice depends',
      neverHears: 'contact the doctor or treatment team now',
    },
    {
      user: "ask bone cancer guide something's not right with her walking she's shuffling",
      hears: 'contact the doctor or treatment team now',
    },
  ]);
});

describe("a person's own question", () => {
  conversation(
    'the sentence that answers it, where it is from, then the whole passage on yes; repeat, next and go back lead on from there',
    [
      {
        user: 'is chemo a drip or tablets',
        intent: 'QuestionIntent',
        hears: ['About chemotherapy:', 'injection into a vein'],
        neverHears: 'rest periods',
        offers: 'Would you like to hear more about chemotherapy?',
      },
      { user: 'repeat', hears: ['About chemotherapy:', 'injection into a vein'], offers: 'hear more about chemotherapy' },
      {
        user: 'yes',
        hears: ['Chemotherapy uses drugs to kill cancer cells', 'rest periods'],
        neverHears: 'injection into a vein',
        offers: 'targeted therapy',
      },
      { user: 'go back', hears: 'Hormone therapy, also called endocrine therapy' },
    ],
  );

  conversation('everyday words reach the sheet: thirsty is thirst, pins and needles is tingling', [
    { user: "i'm thirsty all the time, could that be the cancer", hears: ['thirst', 'calcium'] },
    { user: 'what signs you have too much calcium', hears: 'nausea and vomiting', neverHears: 'most common symptom is pain' },
    { user: 'can you get secondary bone cancer without ever having had another cancer', hears: 'always caused by a primary cancer' },
    { user: "i've got pins and needles in my legs is that from the cancer", hears: ['tingling or numbness'] },
    { user: 'can it make my legs go numb', hears: 'numbness in the arms or legs' },
  ]);

  conversation('a carrier that asks how long keeps its meaning', [
    { user: 'how long does an mri take', hears: '30 and 90 minutes', neverHears: "doesn't cover" },
    {
      // The sheet gives no time for a bone scan: as Alexa sends it, the carrier's intent and the words after it.
      request: intentRequest({ locale: 'en-AU' }, newSession(), 'HowLongQuestionIntent', {
        query: { name: 'query', value: 'does a bone scan take' },
      }),
      hears: "How long it takes, for bone scans: the fact sheet doesn't cover that.",
      neverHears: '30 and 90 minutes',
    },
    {
      // Scans named alike are told apart by a word put before the name that only one says: glucose is the PET scan's.
      user: 'how long does the glucose scan take',
      hears: "How long it takes, for pet scans: the fact sheet doesn't cover that.",
      neverHears: '30 and 90 minutes',
    },
    { user: 'how long does the scan in the tube take', hears: '30 and 90 minutes' },
    { user: 'how long is the glucose scan and does it hurt', hears: 'for pet scans', neverHears: '30 and 90 minutes' },
    { user: 'how does cancer spread through the nerves to the bone', hears: 'bloodstream or the lymph' },
    // "Which cancers" is the lay phrase for "any type of cancer"; "type" alone had drawn the two types' passage.
    { user: 'what cancers tend to go into the bones', hears: 'prostate cancer, breast cancer', neverHears: 'two main types' },
    // Which parts an X-ray takes is the X-rays' passage, not which bones it spreads to.
    {
      user: "what parts of him will they x ray if they think it's in his bones",
      hears: 'chest and bones',
      neverHears: 'Which bones it spreads to',
    },
    { user: "what's in the injection before the pet scan", hears: 'radioactive glucose' },
    { user: 'how does bone cancer raise the calcium in the blood', hears: 'releases calcium', neverHears: 'bloodstream or the lymph' },
    { user: 'is there anything my kids can do so this never happens to them', hears: 'no prevention advice' },
    { user: 'how did the cancer manage to reach her hip', hears: 'bloodstream or the lymph' },
    { user: 'how would it end up pressing on his spinal nerves', hears: 'press on the nerves', neverHears: 'bloodstream or the lymph' },
  ]);

  conversation('a subject the sheet never mentions: said plainly, with the treatment team, the support line and the nearest topic', [
    {
      user: 'does yoga help with bone mets',
      hears: ["The fact sheet doesn't cover that.", 'treatment team', 'thirteen eleven twenty'],
      neverHears: ['persistent ache', 'About '],
      offers: /^Would you like to hear about /,
    },
    {
      // As Alexa sends a subject it could not resolve (ER_SUCCESS_NO_MATCH): the words go to the question path.
      request: intentRequest({ locale: 'en-AU' }, newSession(), 'TellMeAboutIntent', {
        subject: { name: 'subject', value: 'acupuncture', resolution: { status: 'ER_SUCCESS_NO_MATCH' } },
      }),
      hears: "The fact sheet doesn't cover that.",
    },
  ]);

  conversation('nothing in the question but the cancer itself: no topic is offered as the nearest', [
    {
      user: 'can the cancer be in his skull',
      hears: "The fact sheet doesn't cover that.",
      neverHears: 'Would you like to hear about',
      offers: 'What else would you like to know?',
    },
  ]);

  conversation('words the sheet uses, but never together: not covered exactly, and the closest passage is offered as only that', [
    {
      user: 'is targeted therapy given for myeloma',
      hears: ["The fact sheet doesn't cover that exactly.", 'The closest it comes is in the part on', 'thirteen eleven twenty'],
    },
  ]);

  conversation('a kind of answer the sheet never gives (side effects): said plainly, and the passage only offered', [
    {
      user: 'what are the side effects of chemo',
      hears: ["Side effects, for chemotherapy: the fact sheet doesn't cover that.", 'thirteen eleven twenty'],
      neverHears: 'Chemotherapy uses drugs to kill cancer cells',
      offers: 'Would you like to hear about chemotherapy?',
    },
  ]);

  conversation('a symptom happening now, inside a question, still hears the escalation line first', [
    {
      user: "can you tell me why i can't feel my legs",
      hears: ['If this is new or getting worse, contact the doctor or treatment team now. In an emergency, call triple zero.', 'numbness'],
    },
  ]);

  conversation('what it asks was in words set aside: the overview is only the nearest, never the answer', [
    {
      user: 'can children get secondary bone cancer',
      hears: "The fact sheet doesn't cover that.",
      neverHears: 'started in another part of the body',
      offers: 'Would you like to hear about what secondary bone cancer is?',
    },
    { user: 'what is secondary bone cancer', hears: 'started in another part of the body', neverHears: "doesn't cover" },
  ]);

  conversation('a question that names a passage but asks something of it the words do not say hears it as only the closest', [
    { user: 'how many ways can they do a bone scan', hears: ["The fact sheet doesn't cover that exactly.", 'radioactive dye'] },
    { user: 'what is a bone scan', hears: 'radioactive dye', neverHears: "doesn't cover" },
  ]);

  conversation('what it means that a named cancer has spread to the bones: what secondary bone cancer is', [
    {
      user: "ask bone cancer guide the doctor said mum's breast cancer is now in her bones what is that",
      hears: 'started in another part of the body, then spread to the bone',
      neverHears: ["doesn't cover", 'thyroid cancer'],
    },
    { user: 'ask bone cancer guide which cancers spread to the bones', hears: 'prostate cancer, breast cancer' },
  ]);

  conversation('the plainest questions, in their own names, are answered, not hedged', [
    { user: 'ask bone cancer guide what are the signs', hears: 'The most common symptom is pain', neverHears: "doesn't cover" },
    {
      user: 'ask bone cancer guide what is the treatment',
      hears: 'Treatment aims to control or shrink the cancer',
      neverHears: "doesn't cover",
    },
    { user: 'ask bone cancer guide what are the signs of high calcium', hears: 'nausea and vomiting' },
  ]);

  conversation('can it be prevented: no advice just for it, but a healthy lifestyle may help, said together', [
    {
      user: 'ask bone cancer guide can you prevent it',
      intent: 'PreventionIntent',
      hears: ['no prevention advice just for this disease, but a generally healthy lifestyle may be protective'],
      neverHears: "can't help with that",
    },
  ]);

  conversation('the closest the sheet comes is the sentence that says the name asked about, not the opening', [
    {
      user: 'ask bone cancer guide the osteoblastic lesions in my scan report what is that about',
      hears: ["The fact sheet doesn't cover that exactly.", 'Osteoblastic means new bone has formed'],
    },
  ]);

  conversation('words that two parts of the sheet say alike are a guess between them: said as only the closest', [
    { user: 'how come cancer goes to the bones so often', hears: "The fact sheet doesn't cover that exactly." },
  ]);

  conversation('a date said beside a question is when, not what is asked: it never chooses the sentences', [
    {
      user: "ask bone cancer guide dad's starting radio therapy next week what does it do for bone cancer",
      hears: 'kill or damage cancer cells',
      neverHears: 'over a few weeks',
    },
    {
      user: 'ask bone cancer guide my mum has a bone scan on thursday what do they actually do',
      hears: 'radioactive dye is injected',
      neverHears: "doesn't cover",
    },
  ]);

  conversation('why one test after another is never said by the sheet: what it says of the one asked about, as the closest', [
    {
      user: "ask bone cancer guide why does she need a pet scan when she's already had a c t",
      hears: ["The fact sheet doesn't cover that exactly.", 'highlights any cancerous areas'],
      neverHears: 'range of tests',
    },
    {
      user: "ask bone cancer guide what's the point of the c t scan if he's already had x rays",
      hears: ["The fact sheet doesn't cover that exactly.", 'highlight any bone abnormality'],
      neverHears: 'chest and bones',
    },
    { user: 'ask bone cancer guide why does the pain get worse when you move', neverHears: 'pet scan' },
    {
      // Only of a thing named: "why did it come back" names none, and "back" is not the back.
      user: 'ask bone cancer guide why did it come back if she already had chemo',
      neverHears: 'nerves in the spine',
    },
    { user: 'ask bone cancer guide the scan is next tuesday what should she bring', hears: "doesn't cover" },
    { user: 'ask bone cancer guide is a c t similar to an m r i', hears: "doesn't cover that exactly" },
  ]);

  conversation('who said it, after the question, is a remark: the question is answered', [
    {
      user: "ask bone cancer guide so um what actually is secondary bone cancer the oncologist just said it like we'd know",
      hears: 'started in another part of the body',
      neverHears: 'health professionals',
    },
    {
      user: 'ask bone cancer guide how do they check if it has gone to the bone what tests do they do',
      hears: 'range of tests',
      neverHears: 'bloodstream',
    },
  ]);

  conversation('the end, a cure not aimed for, and the minutes of a scan said with a worry: the sheet’s own words', [
    {
      user: "ask bone cancer guide my friend said once it gets in your bones that's the end is that true",
      hears: 'No doctor can predict the exact course',
      neverHears: "doesn't cover",
    },
    {
      user: "ask bone cancer guide the oncologist says we're not aiming for a cure why not",
      hears: "can't be cured, but treatment can improve your quality of life",
    },
    {
      user: 'ask bone cancer guide i get nervous in the machine how many minutes is the c t or m r i usually',
      hears: '30 and 90 minutes',
    },
    {
      user: 'ask bone cancer guide what happens in a nuclear bone scan is it like an x ray',
      hears: ['radioactive dye', 'chest and bones'],
    },
    { user: 'ask bone cancer guide how is chemo given is it like a drip', hears: 'injection into a vein' },
  ]);

  conversation('two things asked the same or different, however it is put: each one’s own words, side by side', [
    {
      user: 'ask bone cancer guide chemo and targeted therapy are they the same thing or different',
      hears: ['attack specific features', 'kill cancer cells or slow their growth'],
    },
    { user: 'ask bone cancer guide bone scan and x ray how are they different', hears: ['radioactive dye', 'chest and bones'] },
    { user: 'ask bone cancer guide can they find the bone cancer at the same time as the main cancer', hears: 'same time' },
  ]);

  conversation('primary bone cancer, a different cancer: the sheet does not cover it, then how the two differ', [
    {
      user: 'ask bone cancer guide how do they treat primary bone cancer then',
      hears: ["The fact sheet doesn't cover that: it is about secondary bone cancer.", 'more common than primary bone cancer'],
      neverHears: 'The choice depends',
    },
    { user: 'ask bone cancer guide is primary bone cancer curable', hears: "doesn't cover that", neverHears: "can't be cured" },
    { user: 'ask bone cancer guide is this the same as primary bone cancer', hears: 'more common', neverHears: "doesn't cover" },
    { user: 'ask bone cancer guide is it true bone cancer pain gets worse at night', hears: 'worse with movement and at night' },
  ]);

  conversation('the spread said as the subject, telling someone, and a question before its carrier', [
    {
      user: "ask bone cancer guide so how do they treat it once it's in the bones",
      hears: 'hormone therapy',
      neverHears: 'palliative treatment',
    },
    { user: 'ask bone cancer guide how do they treat it when it has spread to the bones', hears: 'hormone therapy, chemotherapy' },
    {
      user: "ask bone cancer guide how do i tell my kids that their dad's cancer has spread",
      hears: "doesn't cover",
      neverHears: 'If this is new or getting worse',
    },
    {
      user: 'ask bone cancer guide how many radiotherapy sessions do people usually have and over how long',
      hears: 'several over a few weeks',
      neverHears: 'predict',
    },
    { user: 'ask bone cancer guide is the radiotherapy just the once or does it drag on', hears: 'one treatment' },
    {
      // Prevention asked, then "is there anything you can do" leaning on it: not the cure.
      user: 'ask bone cancer guide can you stop it spreading to the bones is there anything you can do',
      hears: 'no prevention advice',
      neverHears: "can't be cured",
    },
  ]);

  conversation('a trapped nerve is not despair; feeling trapped is', [
    {
      user: "ask bone cancer guide what's spinal cord compression and how is it different from a trapped nerve",
      neverHears: 'Lifeline',
    },
    { user: "ask bone cancer guide i feel trapped and i can't see a way out", hears: 'Lifeline' },
  ]);

  conversation('what to eat is not covered; a healthy diet to prevent it is the sheet’s own words', [
    {
      user: "ask bone cancer guide what kind of food should he be eating while he's on treatment",
      hears: "About eating: the fact sheet doesn't cover that.",
      neverHears: 'healthy lifestyle',
    },
    { user: 'ask bone cancer guide does eating healthy help', hears: 'healthy lifestyle' },
    { user: 'ask bone cancer guide why do they use sugar in a pet scan', neverHears: 'About eating' },
    { user: "ask bone cancer guide the cancer is eating away at his bones what's that type called", neverHears: 'About eating' },
  ]);

  conversation('a word the recogniser split in three, why a thing is done, and the outlook asked in time', [
    { user: 'ask bone cancer guide hyper calcium ia what are the signs of it', hears: 'nausea and vomiting' },
    { user: 'ask bone cancer guide verta bro plasty why would they do that', hears: 'strengthen and stabilise' },
    {
      user: "ask bone cancer guide he's 82 and it's in his ribs and his pelvis what's the outlook time wise",
      hears: 'No doctor can predict the exact course',
    },
    {
      user: "ask bone cancer guide what does prognosis mean it's on all his paperwork",
      hears: 'likely outcome',
      neverHears: 'No doctor can predict',
    },
    {
      user: 'ask bone cancer guide i have to pick dad up after his m r i scan how long does it take roughly',
      hears: '30 and 90 minutes',
    },
  ]);

  conversation('a length that has been is no survival figure; misheard types, and a word for the spine’s nerves', [
    {
      user: "ask bone cancer guide i've had bowel cancer for 2 years could it spread to my bones too or is it only certain cancers",
      // A length that has been is not a survival figure.
      neverHears: 'no figures',
    },
    { user: "ask bone cancer guide what's the 5 year survival rate", hears: 'no figures' },
    { user: "ask bone cancer guide what's spinal cord compression", hears: 'press on the nerves in the spine' },
    {
      user: 'ask bone cancer guide whats the difference between oster lytic and osteo blastic',
      hears: ['has become damaged', 'grown abnormally'],
    },
    {
      user: "ask bone cancer guide it's all so confusing what's osteolytic",
      hears: 'damaged',
      neverHears: 'If this is new or getting worse',
    },
  ]);

  conversation('how a treatment is given is not advice; when a thing is needed is why it is done', [
    {
      user: 'ask bone cancer guide how is chemo given is it a drip or tablets',
      hears: 'injection into a vein',
      neverHears: "I can't advise",
    },
    { user: 'ask bone cancer guide can i give dad an extra endone tonight', hears: "I can't advise" },
    {
      user: 'ask bone cancer guide so what should we expect when they do all the tests on him next week',
      neverHears: "I can't advise",
    },
    { user: 'ask bone cancer guide should i ask for the needle biopsy or the one where they put you under', hears: "I can't advise" },
    { user: "ask bone cancer guide what's the number one symptom people get", hears: 'The most common symptom is pain' },
    {
      user: 'ask bone cancer guide they keep checking my calcium what are the signs if it gets too high',
      hears: 'nausea and vomiting',
    },
    { user: 'ask bone cancer guide what sort of symptoms does high calcium cause', hears: 'nausea and vomiting' },
    { user: 'ask bone cancer guide is pain the main symptom or are there other things too', hears: 'The most common symptom is pain' },
  ]);

  conversation('time to decide is not time left; a word the sheet never says keeps its hedge', [
    { user: 'ask bone cancer guide how long do i have to make a decision', hears: 'Take as much time as you can', neverHears: 'predict' },
    { user: 'ask bone cancer guide how long have i got', hears: 'No doctor can predict the exact course' },
    { user: "ask bone cancer guide what's the radiation dose for bone mets", hears: "doesn't cover that exactly" },
    { user: 'ask bone cancer guide does chemo mess with your bones', hears: "doesn't cover that exactly" },
    { user: "ask bone cancer guide i'm 82 and my doctor says it's in my bones what does that mean", hears: 'metastasised' },
  ]);

  conversation('stopping one’s own cancer spreading to the bones: the sheet’s prevention words, whatever cancer is named', [
    {
      user: 'ask bone cancer guide how can i stop my breast cancer from spreading to my bones',
      hears: 'no prevention advice just for this disease',
      neverHears: 'The most common are prostate cancer',
    },
    {
      user: 'ask bone cancer guide is there a way to keep my prostate cancer from getting into the bones',
      hears: 'healthy lifestyle',
    },
  ]);

  conversation('what a word means, asked after a remark that uses it; a phrase that only sounds like the end', [
    {
      user: 'ask bone cancer guide the specialist wrote that his prognosis is poor what does prognosis actually mean',
      hears: 'likely outcome',
      neverHears: 'No doctor can predict',
    },
    {
      user: "ask bone cancer guide what's a vertebroplasty the doctor suggested it for his back",
      hears: 'bone cement',
      neverHears: "I'm sorry you're facing this",
    },
  ]);

  conversation('signs asked after a remark about the first cancer; whose the cancer is says nothing of what is asked', [
    {
      user: 'ask bone cancer guide my wife had her breast cancer treated two years ago what are the signs it has spread to her bones',
      hears: 'The most common symptom is pain',
      neverHears: 'Hormone therapy',
    },
    {
      user: 'ask bone cancer guide is there anything i can do to avoid getting secondary bone cancer',
      hears: 'no prevention advice just for this disease',
    },
  ]);

  conversation('waiting for someone during a scan is the scan’s length; a choice of treatment is declined, or explained', [
    {
      user: "ask bone cancer guide dad's in for his mri this afternoon how long will i be waiting for him",
      hears: '30 and 90 minutes',
    },
    { user: 'ask bone cancer guide would he be better off having radiotherapy rather than surgery', hears: "I can't advise" },
    {
      user: 'ask bone cancer guide how come my neighbour got a different treatment from me when we both have it in the bones',
      hears: 'The choice depends on the type of primary cancer',
    },
    {
      user: 'ask bone cancer guide first day at the clinic tomorrow who will be looking after him',
      hears: 'range of health professionals',
    },
  ]);

  conversation('whether a treatment is working is not what the treatment is; a letter to the GP is no goodbye', [
    {
      user: "ask bone cancer guide how can we tell if dad's radiotherapy is working",
      hears: "Whether it is working: the fact sheet doesn't cover that.",
      neverHears: 'uses targeted radiation',
    },
    {
      user: 'ask bone cancer guide how will i know whether the hormone therapy is helping',
      hears: "Whether it is working: the fact sheet doesn't cover that.",
    },
    { user: 'ask bone cancer guide how does hormone therapy work', hears: 'lowers the levels of hormones' },
    {
      user: 'ask bone cancer guide my specialist wrote bone mets in her letter to our gp what does mets even mean',
      hears: 'spread to the bone',
      neverHears: 'Lifeline',
    },
    { user: "ask bone cancer guide i've written letters to my family saying goodbye", hears: 'Lifeline' },
    { user: 'ask bone cancer guide dad wrote letters to all of us last night', hears: 'Lifeline' },
  ]);

  conversation('a glossary word said before "what is that exactly", deciding, where it comes from, and when it is needed', [
    { user: 'ask bone cancer guide the nurse said he needs a biopsy what is that exactly', hears: 'under a microscope' },
    { user: 'ask bone cancer guide how much do we get to decide about her treatment', hears: 'how involved you are in decisions' },
    {
      user: 'ask bone cancer guide where did the cancer in her bones come from',
      hears: 'always caused by a primary cancer',
    },
    {
      user: "ask bone cancer guide the doctors still don't know where it came from",
      hears: 'before the primary cancer is located',
    },
    {
      user: 'ask bone cancer guide when would someone need surgery for it',
      hears: 'weaken a bone and cause a fracture',
    },
  ]);

  conversation('pain getting worse now is escalated, then the sheet’s words on pain; pain at night in general is not', [
    {
      user: "ask bone cancer guide mum's pain is much worse since yesterday what do we do",
      hears: ['If this is new or getting worse, contact the doctor or treatment team now.', 'The most common symptom is pain'],
    },
    {
      user: 'ask bone cancer guide why does bone pain get worse at night',
      hears: 'worse with movement and at night',
      neverHears: 'If this is new or getting worse',
    },
  ]);

  conversation('the end asked with a word after it, a wait that is for the end, and whether it can be caught', [
    { user: 'ask bone cancer guide is that it for him now', hears: 'No doctor can predict the exact course' },
    {
      user: 'ask bone cancer guide how long do we have to wait for her to die',
      hears: 'No doctor can predict the exact course',
      neverHears: 'How long that takes',
    },
    {
      user: 'ask bone cancer guide is bone cancer contagious',
      hears: "Whether it can be caught or passed on: the fact sheet doesn't cover that.",
    },
    {
      user: 'ask bone cancer guide are you more likely to catch infections',
      hears: 'risk of infection',
      neverHears: 'Whether it can be caught',
    },
    { user: 'ask bone cancer guide where does the radioactive dye come from', neverHears: 'always caused by a primary cancer' },
    { user: 'ask bone cancer guide how much radiotherapy will they decide on', neverHears: 'how involved you are' },
  ]);

  conversation('a symptom now said on the way to a scan’s length: the escalation line, then the length; losing someone', [
    {
      user: 'ask bone cancer guide his hands have gone numb since yesterday anyway how long does a ct scan take',
      hears: ['If this is new or getting worse, contact the doctor or treatment team now.', '30 and 90 minutes'],
    },
    { user: 'ask bone cancer guide are we going to lose her soon', hears: 'No doctor can predict the exact course' },
    { user: 'ask bone cancer guide will she be losing her hair', neverHears: 'No doctor can predict' },
  ]);

  conversation('time left asked as good years or a date in a month; a scan’s length from the waiting room; a name after "said"', [
    { user: 'ask bone cancer guide do you think dad has a few good years left', hears: 'No doctor can predict the exact course' },
    {
      user: "ask bone cancer guide we've booked a trip for him in october is that realistic",
      hears: 'No doctor can predict the exact course',
    },
    { user: 'ask bone cancer guide the surgeon wants to operate do you reckon we should say no', hears: "I can't advise" },
    {
      user: "ask bone cancer guide i'm sitting in the waiting room how long does an mri take",
      hears: '30 and 90 minutes',
    },
    {
      user: 'ask bone cancer guide how long does a ct scan take i need to get back for my husband',
      hears: '30 and 90 minutes',
      neverHears: 'nerves in the spine',
    },
    {
      user: 'ask bone cancer guide the specialist said hormone therapy could be next for him what is that',
      hears: 'lowers the levels of hormones',
    },
  ]);

  conversation('the first cancer in remission or treated is whose it is; when a treatment starts working; into the spine', [
    {
      user: 'ask bone cancer guide my breast cancer is in remission from last year what are the signs it has spread to my bones',
      hears: 'The most common symptom is pain',
      neverHears: "can't be cured",
    },
    {
      user: 'ask bone cancer guide his prostate cancer was treated years ago what are the symptoms',
      hears: 'The most common symptom is pain',
      neverHears: 'Treatment aims to control',
    },
    {
      user: 'ask bone cancer guide when does the radiotherapy start working',
      hears: "Whether it is working: the fact sheet doesn't cover that.",
    },
    { user: 'ask bone cancer guide can we stop it getting into her spine', hears: 'no prevention advice just for this disease' },
    { user: 'ask bone cancer guide what do the doctors base the outlook on', hears: 'how fast it is growing' },
    {
      user: 'ask bone cancer guide will mum just see the oncologist or others as well',
      hears: 'a radiologist, a radiation oncologist',
    },
  ]);

  conversation('two things compared say what each is; a quote that leans back brings the name; found together; mishearings', [
    {
      user: 'ask bone cancer guide chemo versus hormone therapy how are they different',
      hears: ['lowers the levels of hormones', 'uses drugs to kill cancer cells'],
    },
    {
      user: 'ask bone cancer guide bone scan and pet scan what is different about the stuff they inject',
      hears: ['radioactive glucose', 'radioactive dye'],
    },
    {
      user: 'ask bone cancer guide mum is scared of needles is the hormone therapy a tablet',
      hears: ['Hormone therapy', 'tablets or by injection'],
    },
    {
      user: 'ask bone cancer guide they found the lung cancer and the bone one on the same day is that normal',
      hears: 'at the same time as the primary cancer',
    },
    { user: 'ask bone cancer guide could you get bone secondaries without any other cancer', hears: 'always caused by a primary cancer' },
    { user: 'ask bone cancer guide what exactly is a bio see', hears: 'microscope' },
    {
      user: 'ask bone cancer guide can they do the scan and the biopsy on the same day',
      hears: "The fact sheet doesn't cover that exactly.",
    },
    { user: 'ask bone cancer guide what is different about targeted therapy', neverHears: 'How they differ' },
    { user: 'ask bone cancer guide is it going to get worse', hears: 'No doctor can predict the exact course' },
    {
      user: 'ask bone cancer guide is the bone scan dangerous for him',
      hears: "The fact sheet doesn't cover that exactly.",
      neverHears: 'cancerous areas',
    },
    { user: 'ask bone cancer guide what is kemotherapy', hears: 'uses drugs to kill cancer cells' },
    {
      user: 'ask bone cancer guide the nurse keeps mentioning a vertebroplasty what is it',
      hears: 'bone cement',
      neverHears: 'anaesthetic',
    },
  ]);

  conversation('asleep or awake for a named test; a word inside a name; a scar is no fear; odd is no odds; walked through a topic', [
    {
      user: 'ask bone cancer guide do they knock you out for a bone biopsy or are you awake',
      hears: ['local anaesthetic', 'general anaesthetic'],
    },
    { user: 'ask bone cancer guide what is a positron', hears: "The fact sheet doesn't cover that" },
    {
      user: 'ask bone cancer guide will the biopsy leave a scar',
      hears: "The fact sheet doesn't cover that",
      neverHears: 'These reactions are normal',
    },
    {
      user: 'ask bone cancer guide they found the prostate one and the bone one at the same time is that odd',
      hears: 'at the same time as the primary cancer',
    },
    { user: 'ask bone cancer guide run me through the tests', intent: 'TellMeAboutIntent', hears: 'range of tests' },
    { user: 'ask bone cancer guide run me through the whole fact sheet', intent: 'GuidedTourIntent' },
    { user: 'ask bone cancer guide what is an x ray', hears: 'check for bone damage' },
    { user: 'ask bone cancer guide what does targeted mean', hears: 'attack specific features of cancer cells' },
    {
      user: 'ask bone cancer guide how much time are we talking for the mri',
      hears: '30 and 90 minutes',
      neverHears: 'No doctor can predict',
    },
    { user: 'ask bone cancer guide is the pain reversible', neverHears: "can't be cured" },
    { user: 'ask bone cancer guide do they give you the results on your way out', neverHears: 'No doctor can predict' },
    {
      user: 'ask bone cancer guide can he hold his bladder during the scan',
      neverHears: 'contact the doctor or treatment team now',
    },
  ]);

  conversation('what too much calcium does; whether a rod comes out; two operations compared; never having had cancer', [
    {
      user: 'ask bone cancer guide what does too much calcium do to a person',
      hears: ['nausea and vomiting', 'confusion'],
    },
    {
      user: 'ask bone cancer guide will the metal pins ever come out again',
      hears: "The fact sheet doesn't cover that.",
    },
    {
      user: 'ask bone cancer guide is the operation for a broken bone the same as the one on the spine',
      neverHears: 'contact the doctor or treatment team now',
    },
    {
      user: 'ask bone cancer guide can someone get secondary bone cancer without ever having cancer',
      hears: 'always caused by a primary cancer',
    },
  ]);

  conversation('a word, then who said it, then what it means or does; a procedure timed from start to finish', [
    {
      user: 'ask bone cancer guide osteoblastic the radiologist wrote that down what does it mean',
      hears: 'new bone has formed',
      neverHears: 'health professionals',
    },
    {
      user: 'ask bone cancer guide checkpoint inhibitors my oncologist said that word what do they do',
      hears: 'bypass',
    },
    {
      // A crisis said in the remark keeps its reply: the word before it is not asked of alone.
      user: "ask bone cancer guide prognosis the doctor keeps saying it and i don't want to be here anymore what does it mean",
      hears: 'Lifeline on thirteen eleven fourteen',
      neverHears: 'likely outcome',
    },
    {
      user: 'ask bone cancer guide how long does the cement in the spine take from start to finish',
      hears: 'about an hour',
    },
    {
      user: 'ask bone cancer guide how long does a whole course of radiotherapy last start to finish',
      hears: "the fact sheet doesn't cover that",
      neverHears: 'about an hour',
    },
  ]);

  conversation('a question with nothing in it to answer asks again', [
    { user: 'ask bone cancer guide', hears: 'Welcome' },
    { user: 'i have a question about', hears: 'What would you like to ask?' },
  ]);
});
