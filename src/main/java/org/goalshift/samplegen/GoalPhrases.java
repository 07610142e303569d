package org.goalshift.samplegen;

import java.util.List;

/**
 * The fragments synthetic goal texts are composed from, written to match the labelling guide
 * (shared/goal-labels/GUIDE.md): performance-target texts name an end state to reach or remove,
 * relationship-oriented texts name a way of noticing, understanding or responding, unclassified
 * texts are vague or administrative. British spelling here; {@link Spelling} makes American copies.
 */
final class GoalPhrases {
  private GoalPhrases() {}

  static final List<Topic> TOPICS =
      List.of(
          Topic.of(
              "Anxiety",
              "{my} anxiety|the anxiety|{my} worrying|the constant worry|{my} anxiousness",
              "anxious|worried|on edge|so anxious|tense",
              "worry about everything|overthink every email|avoid the supermarket"
                  + "|ask for reassurance all the time|cancel plans last minute",
              "have a whole month without worrying|go to the supermarket every week without anxiety"
                  + "|be anxiety free at work|get {my} anxiety down to a 2 out of 10",
              "when the worry starts|before meetings|at night when {my} mind races"
                  + "|when plans change last minute|when {I} {feel} out of control",
              "the worry spiral|the first signs of anxiety|{my} shoulders tensing up"
                  + "|the what-ifs starting",
              "see friends|go to {my} daughter's football matches|go back to choir|travel again",
              "calm|relaxed|worry free|chilled out"),
          Topic.of(
              "Panic attacks",
              "{my} panic attacks|the panic|the panic attacks|the fear of panicking",
              "panicky|scared of another attack|dizzy and panicky",
              "have panic attacks|leave the shop when the panic starts|carry diazepam everywhere"
                  + "|sit near the exit everywhere",
              "have zero panic attacks at work|get on the tube without panicking"
                  + "|drive on the motorway again by summer|have no panic attacks for 3 months",
              "when {my} heart starts racing|on busy trains|in queues|in crowded places",
              "the first flutter of panic|{my} chest getting tight|the tingling in {my} hands",
              "travel to see {my} family|take the train into town|go to gigs again",
              "panic free|calm|in control"),
          Topic.of(
              "Anger",
              "{my} anger|{my} temper|the anger|the rage",
              "angry|so irritable|wound up|furious",
              "snap at the kids|shout at {my} partner|lose {my} temper at work|slam doors"
                  + "|get angry over nothing",
              "go a whole week without shouting|never raise {my} voice at home"
                  + "|have zero arguments this month",
              "when the kids won't listen|when someone criticises {me}|in traffic"
                  + "|when {I} {feel} disrespected",
              "the anger building|{my} jaw clenching|the heat rising|the first signs of irritation",
              "be the parent {I} want to be|have calm evenings with the family",
              "calm|patient|chilled"),
          Topic.of(
              "Low mood",
              "{my} depression|the low mood|the low days|the dark patches",
              "low|depressed|sad|flat|empty",
              "stay in bed all day|cry at work|cancel on friends|sleep all weekend",
              "get out of bed by 8 every day|feel happy every day|be off antidepressants by the new year"
                  + "|have no more bad days",
              "on the low days|when {I} {feel} flat|on Sunday evenings|when the mood dips",
              "early warning signs of low mood|the slide into a dark patch|{my} mood dipping",
              "go for walks|paint again|see friends|cook proper meals|get back to the allotment",
              "happy|normal|motivated|positive"),
          Topic.of(
              "Bereavement",
              "the grief|losing {my} dad|{my} mum's death|the loss|{my} grief",
              "sad|overwhelmed by grief|guilty|lost",
              "cry every time someone mentions {my} dad|avoid his room|replay the last day",
              "be over the loss by the anniversary|stop crying about it|be back to normal by Christmas",
              "on anniversaries|when memories come up|at family gatherings|on Sundays",
              "the waves of grief|the guilt creeping in",
              "talk about {my} dad with family|visit the grave|look at old photos",
              "at peace|over it|fine again"),
          Topic.of(
              "Drinking",
              "{my} drinking|the drinking|the cravings|{my} alcohol use",
              "tempted to drink|desperate for a drink|restless",
              "drink on weeknights|drink alone|drink to get to sleep|binge at weekends",
              "stay sober for the whole of December|be down to 2 drinks a week by May"
                  + "|quit drinking completely|have no alcohol at all|be 100 days sober",
              "at social events|after a stressful day|when {I} {am} bored|on Friday nights",
              "the cravings building|the urge to drink|the 5pm itch",
              "spend evenings with {my} kids|play football again|remember weekends",
              "sober|alcohol free|teetotal"),
          Topic.of(
              "Sleep",
              "{my} insomnia|the sleep problems|{my} sleep|the 3am wakings",
              "exhausted|wired at night|shattered",
              "lie awake for hours|wake up at 3am|nap in the day|scroll in bed till 2",
              "sleep 8 hours every night without waking|be asleep by 11 every night"
                  + "|never wake up in the night|sleep through every night",
              "at bedtime|when {I} wake in the night|when {my} mind won't switch off",
              "the racing thoughts at bedtime|the tiredness building up",
              "wind down properly|have energy for the kids",
              "well rested|full of energy"),
          Topic.of(
              "Self esteem",
              "{my} inner critic|the self-criticism|the voice that says {I} {am} useless"
                  + "|{my} low self esteem",
              "useless|worthless|not good enough|like a failure",
              "beat {myself} up over mistakes|criticise {myself}|compare {myself} to everyone"
                  + "|apologise for everything",
              "never feel like a failure again|never make mistakes at work"
                  + "|get 100% on every assessment",
              "when {I} make a mistake|after a bad day at work|when {I} get feedback",
              "the critical voice kicking in|the old 'you're useless' story",
              "try new things|apply for the course|share {my} drawings",
              "confident|completely sure of {myself}|perfect"),
          Topic.of(
              "OCD",
              "the checking|the OCD|the intrusive thoughts|the rituals",
              "contaminated|unsure if the door is locked|on high alert",
              "check the locks|wash {my} hands so much|check the hob ten times|re-read texts before sending",
              "check the door only once before leaving|reduce hand washing to under 10 times a day"
                  + "|have no intrusive thoughts at all",
              "when leaving the house|when the doubt kicks in|before bed",
              "the urge to check|the doubt building",
              "leave the house on time|cook for friends",
              "certain|free of OCD|sure"),
          Topic.of(
              "Social anxiety",
              "{my} social anxiety|the shyness|the fear of being judged",
              "awkward|self-conscious|shy|judged",
              "avoid parties|hide in the toilets at work events|rehearse every conversation"
                  + "|blush when people look at {me}",
              "speak up in every meeting|go to 3 social events a month|never blush again",
              "in meetings|at parties|when meeting new people|on video calls",
              "the urge to leave|the self-consciousness rising",
              "make new friends|join a running club|say yes to invitations",
              "confident|outgoing|the life of the party"),
          Topic.of(
              "Trauma",
              "the flashbacks|the memories of the accident|the nightmares|what happened",
              "on edge|jumpy|scared|unsafe",
              "think about the accident|have nightmares|avoid the high street",
              "never think about the accident again|drive again without any fear"
                  + "|have no flashbacks at all",
              "when memories of the crash come up|when a car brakes suddenly|at night"
                  + "|when {I} hear sirens",
              "the signs that {I} {am} getting triggered|{my} body going into alarm",
              "drive to see friends|go into town on {my} own",
              "safe|normal again|unafraid"),
          Topic.of(
              "Relationships",
              "the arguments with {person}|things with {person}|{my} relationship with {person}",
              "jealous|resentful|hurt|taken for granted",
              "argue with {person}|check {my} partner's phone|give in to {person} all the time",
              "have no more arguments with {person}|make {person} understand {me}"
                  + "|never feel jealous again",
              "when {person} criticises {me}|when {my} partner goes out|at family dinners",
              "the old patterns with {person}|the resentment building",
              "spend time with {person}|set boundaries with {person}",
              "happy in {my} relationship|secure|happy together"),
          Topic.of(
              "Work stress",
              "the stress at work|{my} work stress|the burnout|the pressure at work",
              "stressed|overwhelmed|burnt out",
              "work every weekend|answer emails at midnight|say yes to everything",
              "hit every deadline without exception|never take work home"
                  + "|get the promotion by the end of the year",
              "when the workload piles up|on Monday mornings|when {my} manager emails late",
              "the signs of burnout|the pressure building",
              "have evenings for {myself}|get to the gym|see {my} friends at weekends",
              "stress free|on top of everything"));

  /** Performance-target framings: an end state to reach, remove or fix. */
  static final Phrase[] PERFORMANCE =
      Phrase.all(
          "stop feeling {feeling}{when}",
          "never feel {feeling} again",
          "not feel {feeling} anymore",
          "no longer feel {feeling}{when}",
          "get rid of {noun} for good",
          "get rid of {noun} completely{when}",
          "never {habit} again",
          "no longer {habit}",
          "{target}",
          "{target}{when}",
          "be {state} all the time",
          "be {state} every single day",
          "be \"100% {state}\"",
          "fix {noun}{when}",
          "be completely over {noun}{when}",
          "make {noun} go away{when}",
          "feel \"normal\" again and never feel {feeling}",
          "not have to deal with {noun} ever again",
          "cure {noun}{when}",
          "be {state} and never {habit} again",
          "Never {habit} again. Full stop",
          "100% {state}, no excuses",
          "be {state}",
          "be {state} again",
          "no more {noun}",
          "beat {noun}",
          "stop {noun}",
          "never feel {feeling}");

  /** Relationship-oriented framings: noticing, understanding, responding, making room. */
  static final Phrase[] RELATIONSHIP =
      Phrase.all(
          "understand {noun} and develop tools to cope when it shows up",
          "understand {noun} better and what sets it off",
          "notice {sign} sooner and choose how to respond",
          "recognise {sign} earlier and have a plan for it",
          "learn to respond to {noun} differently {trigger}",
          "have more control over how {noun} affects {domain}",
          "be kinder to {myself} {trigger}",
          "make time to {valued} even when {i} {feel} {feeling}",
          "make room for {noun} without it running {my} life",
          "have a plan for {trigger}",
          "find ways to ground {myself} {trigger}",
          "learn what {noun} is trying to tell {me}",
          "be able to sit with {noun} without acting on it",
          "get better at calming {myself} down {trigger}",
          "develop skills to manage {noun} {trigger}",
          "relate to {noun} with more curiosity and less fear",
          "work out what helps {trigger}",
          "handle setbacks with a bit more grace",
          "Rather than never feeling {feeling}, learn to cope {trigger}",
          "respond more gently to {myself} {trigger}",
          "{valued} more, in line with what matters to {me}",
          "spot {sign} and use the breathing exercises",
          "accept that {noun} will come and go and keep doing what matters",
          "cope better {trigger}",
          "more self-compassion",
          "accept {noun}",
          "manage {noun} better",
          "be gentler with {myself}",
          "understand {noun}",
          "notice {sign}");

  /** Neither framing: exploratory, administrative or too vague to tell. */
  static final Phrase[] UNCLASSIFIED =
      Phrase.all(
          "talk about {noun}",
          "help with {noun}",
          "{noun}",
          "explore what's going on with {noun}",
          "have a space to talk",
          "get some answers about why {i} {am} like this",
          "work out if therapy is right for {me}",
          "figure out where to start",
          "talk things through",
          "look at {noun} and where it comes from",
          "sort stuff out with {person}",
          "continue the work started with the previous counsellor");

  /** Unclassified texts that stand alone: no "I want to" in front, often a clinician's note. */
  static final Phrase[] UNCLASSIFIED_STANDALONE =
      Phrase.all(
          "Not sure yet",
          "idk",
          "N/A",
          "Goal to be set at next session",
          "Cl. to complete outcome questionnaires before session 2",
          "Pt unsure of goals at this time, to revisit session 3",
          "Client attended with partner; goals to be agreed jointly next week",
          "Cl. did not want to set goals today",
          "Review goals at session 6",
          "dont know, {my} GP sent {me}",
          "Stuff with {person}");

  static final Phrase[] FIRST_PERSON_OPENINGS =
      Phrase.all(
          "",
          "",
          "",
          "",
          "",
          "",
          "",
          "I want to ",
          "I want to ",
          "I'd like to ",
          "I would like to ",
          "I really want to ",
          "My goal is to ",
          "Want to ",
          "i want to ",
          "Hoping to ",
          "I need to ",
          "I definitely want to ",
          "To ",
          "Would like to ",
          "I just want to ");

  static final Phrase[] CLINICIAN_OPENINGS =
      Phrase.all(
          "Cl. wants to ",
          "Client would like to ",
          "Pt hopes to ",
          "Client wants to ",
          "Pt wants to ",
          "Cl. hopes to ",
          "Client's goal is to ",
          "Pt keen to ",
          "Client hopes to ",
          "Cl would like to ",
          "Pt would like to ",
          "Client stated goal: to ");

  /** By-when qualifiers; months and numbers here must not be mistaken for identifiers. */
  static final Phrase[] WHEN =
      Phrase.all(
          " by May",
          " by the summer",
          " before Christmas",
          " by the end of the year",
          " this year",
          " once and for all",
          " by June",
          " before the wedding",
          " in the next 6 weeks",
          " by 2027",
          " by March",
          " asap");

  static final Phrase[] DOMAINS =
      Phrase.all(
          "{my} work",
          "{my} relationships",
          "{my} day",
          "family life",
          "{my} weekends",
          "{my} studies",
          "the way {i} parent");

  /** People in goal texts; a few carry names, which the privacy stage must redact. */
  static final Phrase[] PEOPLE =
      Phrase.all(
          "{my} partner",
          "{my} mum",
          "{my} ex",
          "{my} husband",
          "{my} wife",
          "{my} dad",
          "{my} boss",
          "{my} sister Jenny",
          "{my} husband Mark",
          "{my} son");

  /** Second sentences that carry context: identifiers, quotes, commas, look-alikes. */
  static final Phrase[] CONTEXT =
      Phrase.all(
          "Referred by GP.",
          "Dr Patel suggested therapy.",
          "Mentioned {my} sister Jenny a lot.",
          "Contact: sam.k@example.org",
          "Call 07700 900461 if running late.",
          "Said \"I just want to be normal\".",
          "Review at session 6.",
          "Going to the gym 3 times a week helps.",
          "Work, kids, money - it's all a lot.",
          "Partner says {i} {am} \"too much\".",
          "Seen by Dr. Okafor in 2024.",
          "Email j.morgan84@example.com re appointments.",
          "Text (555) 013-4477 to rebook.",
          "Started a new job in March, which hasn't helped.",
          "Wants to Mark progress monthly.");
}
