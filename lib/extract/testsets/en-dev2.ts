/**
 * Second English held-out set (issue 14): 9 real articles from 9 outlets, 2010-2024, collected and annotated before
 * the extractor was run on them (same rules as vi-dev4.ts). Measured once as held out (recall 0.711, explicit
 * precision 1.0), then opened to study its misses: a dev set since; see docs/import.md.
 */
import type { TestArticle } from "./types";

export const EN_DEV2: TestArticle[] = [
  {
    id: "en-ho2-baohoabinh-do-hung-viet",
    url: "http://en.baohoabinh.com.vn/4/8687/Dialogue,-c111nsultati111n-and-internati111nal-laws-crucial-in-internati111nal-relati111ns-Official.htm",
    outlet: "Hoa Binh Newspaper",
    published: null,
    language: "en",
    text: `Vietnamese Deputy Minister of Foreign Affairs Do Hung Viet on September 4 attended the ASEAN Foreign Ministers’ Meeting in Jakarta, Indonesia, emphasising the bloc’s role as the epicentre of peace, security, cooperation and prosperity in the region.

Vietnamese Deputy Minister of Foreign Affairs Do Hung Viet attends the event. (Photo: VNA)
Vietnamese Deputy Minister of Foreign Affairs Do Hung Viet attends the event. (Photo: VNA)

The deputy minister also attended the ASEAN Political-Security Community Council (APSC)'s Meeting and the ASEAN Coordinating Council (ACC)'s Meeting.

Speaking at the meetings, Viet expressed support for Indonesia’s practical initiatives as the current ASEAN Chair, which contributed to the bloc’s long-term vision.

Economic priorities have also contributed to growth in trade, investment, financial stability and economic recovery in the region, he said.

The Vietnamese official also showed appreciation for ASEAN’s efforts in climate change response and sustainable development, including the establishment of the ASEAN Centre for Climate Change and the ASEAN Coordinating Centre for Transboundary Haze Pollution Control.

He said that Vietnam is ready to work with other countries in effectively promoting economic growth through marine economy, digital and green transformation for the interests of people and businesses. 

The deputy minister stressed that it is necessary to promote dialogue and consultation, as well as uphold international laws in addressing differences and disputes in international relations.

The roles of ASEAN agencies also need to be strengthened for better response to challenges in marine security, cyber security, artificial intelligence, transnational crimes, sea pollution and water security, he added.

Viet also reaffirmed ASEAN’s stance and principles on the East Sea/South China Sea, and countries’ responsibilities in building the East Sea into a sea of peace, safety and stability.

ASEAN also needs to clos`,
    statements: [
      { quote: "emphasising the bloc’s role as the epicentre", speaker: "Do Hung Viet" },
      { quote: "Viet expressed support for Indonesia’s practical initiatives", speaker: "Do Hung Viet" },
      { quote: "Economic priorities have also contributed to growth", speaker: "Do Hung Viet" },
      { quote: "The Vietnamese official also showed appreciation", speaker: "Do Hung Viet" },
      { quote: "He said that Vietnam is ready to work", speaker: "Do Hung Viet" },
      { quote: "The deputy minister stressed that it is necessary", speaker: "Do Hung Viet" },
      { quote: "The roles of ASEAN agencies also need to be strengthened", speaker: "Do Hung Viet" },
      { quote: "Viet also reaffirmed ASEAN’s stance", speaker: "Do Hung Viet" },
    ],
    setAside: [],
  },
  {
    id: "en-ho2-viipip-pham-quang-vinh-2010",
    url: "https://viipip.vn/en/news/daily-news/vietnam-prioritises-asean-cooperation",
    outlet: "VIIPIP",
    published: null,
    language: "en",
    text: `Vietnam prioritises ASEAN cooperation

Mr Trung made the statement at a press briefing in Hanoi on January, announcing the start of Vietnam’s ASEAN Chairmanship and its hosting of the ASEAN Ministerial Meeting (AMM) Retreat in Da Nang on January 13-14.
Promoting cooperation within ASEAN is one of Vietnam’s top priority areas, said Mr Trung.
He said Vietnam has completed preparations, in terms of contents, security, logistics and health care, for all meetings to be held in the country in 2010.
Being aware of its duties as the ASEAN chair, Vietnam has instructed its relevant ministries and agencies to work hard on this important task, he said. The country has sent delegations to other ASEAN countries which chaired the regional bloc to share experiences.
Pham Quang Vinh, head of the Vietnamese delegation to the ASEAN Senior Official Meeting (SOM), said that an important task of ASEAN is to bring its Charter to life and to ensure that all ASEAN agreements will be strictly put in place.
This year Vietnam will host two ASEAN summits, nine ministerial meetings and many other meeting of senior officials and specialists.`,
    statements: [{ quote: "Pham Quang Vinh, head of the Vietnamese delegation", speaker: "Pham Quang Vinh" }],
    setAside: [],
  },
  {
    id: "en-ho2-vietnamplus-do-hung-viet-2023",
    url: "https://en.vietnamplus.vn/vietnam-remains-responsible-member-of-asean-meeting/275501.vnp",
    outlet: "VietnamPlus",
    published: null,
    language: "en",
    text: `Vietnam remains responsible member of ASEAN: meeting
Deputy Minister of Foreign Affairs Do Hung Viet on December 27 chaired an inter-sectoral meeting to review ASEAN cooperation and Vietnam's participation in the grouping in 2023, and set out directions for next year.
Hanoi (VNA) – Deputy Minister of Foreign Affairs Do Hung Viet on December 27 chaired an inter-sectoral meeting to review ASEAN cooperation and Vietnam's participation in the grouping in 2023, and set out directions for next year.
The official noted that given both opportunities and challenges, ASEAN has demonstrated its adaptivity, and gradually made adjustments to optimise new trends in service of sustainable development.
Mentioning initiatives and frameworks raised by ASEAN, Viet said they reflect changes in both mindset and action, aiming to shape and lead new potential cooperation areas in the region, and called them important premises for the bloc to move forward and make breakthroughs in the future.
For external relations, ASEAN has made strong, substantive progress in cooperation with its partners, he said, adding the bloc has established a comprehensive strategic partnership with Japan, and upgraded its relationship with Canada to a strategic partnership.
Regarding Vietnam’s participation in the grouping, Viet noted that the country’s viewpoints, proposals and initiatives meet the common concern and interests of countries and the region, and contributing to strengthening ASEAN’s solidarity and centrality, enhancing regional cooperation and connectivity and affirming the image of a peaceful, friendly, constructive and responsible Vietnam.
The participants shared the view that Vietnam should carry forward the sense of responsibility in 2024, and coordinate with and support Laos that will perform the ASEAN Chairmanship in the year.
Viet called on other ministries and agencies to work together with the foreign ministry to soon complete a master plan for Vietnam’s engagement in ASEAN in 20`,
    statements: [
      { quote: "The official noted that given both opportunities", speaker: "Do Hung Viet" },
      { quote: "Viet said they reflect changes in both mindset", speaker: "Do Hung Viet" },
      { quote: "ASEAN has made strong, substantive progress", speaker: "Do Hung Viet" },
      { quote: "Viet noted that the country’s viewpoints", speaker: "Do Hung Viet" },
      { quote: "Viet called on other ministries and agencies", speaker: "Do Hung Viet" },
    ],
    setAside: [{ quote: "The participants shared the view", reason: "group" }],
  },
  {
    id: "en-ho2-vietnamnews-do-hung-viet-2024",
    url: "https://vietnamnews.vn/politics-laws/1660070/vietnamese-deputy-fm-calls-for-stronger-partnership-between-asean-and-partners.html",
    outlet: "Viet Nam News",
    published: "2024-07-27",
    language: "en",
    text: `VIENTIANE Vietnamese Deputy Minister of Foreign Affairs Đỗ Hùng Việt attended the 57th ASEAN Foreign Ministers' Meeting (AMM-57) in Vientiane, Laos, on July 26, where he welcomed the progress in relations between ASEAN and its partners, emphasising the need for coordination to further deepen existing cooperation areas.

He stressed economic, trade and investment cooperation should be a pillar and motivation to develop the relations practically, adding that it is necessary to promote economic connectivity, and effectively utilise free trade agreements between ASEAN and its partners.

Việt, who is also head of the ASEAN Senior Officials’ Meeting (SOM) delegation of Việt Nam, called on countries to coordinate more closely to effectively take advantage of new trends and growth drivers, and intensify cooperation in new areas such as science and technology application, innovation, digital and green transition, and energy transformation, towards sustainable development.

The Vietnamese official suggested that ASEAN and its partners should continue to promote dialogue, consultation, and trust building, and join efforts in responding to common challenges through ASEAN-led mechanisms, contributing to shaping an open, transparent, inclusive regional structure that upholds international law, with ASEAN playing a central role.

He expected partners to continue to support ASEAN's common stance on the East Sea, as well as ASEAN's efforts to build the East Sea into a sea of peace, security, stability, cooperation and sustainable development.

At the event, representatives from ASEAN member nations and the bloc's partner countries emphasised their commitments to effectively implementing existing economic and trade agreements, and agreed to complete negotiations on the establishment, upgrading and review of FTAs with partners such as China, the Republic of Korea, India a`,
    statements: [
      { quote: "where he welcomed the progress in relations", speaker: "Đỗ Hùng Việt" },
      { quote: "He stressed economic, trade and investment cooperation", speaker: "Đỗ Hùng Việt" },
      { quote: "called on countries to coordinate more closely", speaker: "Đỗ Hùng Việt" },
      { quote: "The Vietnamese official suggested that ASEAN", speaker: "Đỗ Hùng Việt" },
      { quote: "He expected partners to continue to support", speaker: "Đỗ Hùng Việt" },
    ],
    setAside: [
      {
        quote: "representatives from ASEAN member nations and the bloc's partner countries emphasised",
        reason: "group",
      },
    ],
  },
  {
    id: "en-ho2-vietnamnet-le-thi-thu-hang-2020",
    url: "https://vietnamnet.vn/en/maritime-sovereignty/vietnam-calls-on-countries-to-contribute-to-peace-security-in-east-sea-648759.html",
    outlet: "VietNamNet",
    published: "2020-06-11",
    language: "en",
    text: `Countries need to act responsibly in the East Sea, not complicate the situation, and contribute to preserving peace and security in the waters, Foreign Ministry spokesperson Le Thi Thu Hang has said.

Hang made the call while responding to questions regarding China placing undersea cables in the Hoang Sa (Paracel) archipelago, at the ministry’s regular press conference on June 11.

“Vietnam has sufficient historical evidence and legal grounds affirming its sovereignty over the Hoang Sa and Truong Sa (Spratly) archipelagoes in accordance with international law,” she stressed.

Therefore, any activity relating to the two archipelagoes conducted without Vietnam’s permission are violations of its sovereignty and of no value.

In answer to questions on Vietnam’s response to the US sending a letter to the UN on June 3 protesting China’s claims of sovereignty over the East Sea, Hang highlighted the attention Vietnam has paid to the circulation of documents by many UN member countries during the past expressing their views on the East Sea situation.

The circulation of such documents occurs regularly between UN member countries, she added.

Vietnam’s stance on the East Sea issue, covering sovereignty, sovereign rights, and legal maritime rights is clear and consistent and has been repeated many times.

The international community and the UN, she added, attach importance to UN member states’ views that promote and observe international law, including the 1982 UNCLOS./.VNA`,
    statements: [
      { quote: "Countries need to act responsibly in the East Sea", speaker: "Le Thi Thu Hang" },
      { quote: "Hang made the call while responding", speaker: "Le Thi Thu Hang" },
      { quote: "Vietnam has sufficient historical evidence and legal grounds", speaker: "Le Thi Thu Hang" },
      { quote: "Therefore, any activity relating to the two archipelagoes", speaker: "Le Thi Thu Hang" },
      { quote: "Hang highlighted the attention Vietnam has paid", speaker: "Le Thi Thu Hang" },
      { quote: "The circulation of such documents occurs regularly", speaker: "Le Thi Thu Hang" },
      { quote: "The international community and the UN, she added", speaker: "Le Thi Thu Hang" },
    ],
    setAside: [],
  },
  {
    id: "en-ho2-vov-to-lam-2019",
    url: "https://english.vov.vn/politics/vietnam-russia-look-to-stronger-cooperation-in-crime-prevention-and-combat-403290.vov",
    outlet: "VOV",
    published: null,
    language: "en",
    text: `Vietnam, Russia look to stronger cooperation in crime prevention and combat

VOV.VN - Minister of Internal Affairs of Russia Kolokoltsev Vladimir Aleksandrovich has affirmed his ministry’s willingness to cooperate with the Ministry of Public Security of Vietnam in fields of shared concern, especially in training and crime prevention and combat.

Minister of Public Security General To Lam hosted a reception in Hanoi on September 17 for Minister of Internal Affairs of Russia Kolokoltsev Vladimir Aleksandrovich who is on a visit to Vietnam for the 39th ASEANAPOL Conference.

Minister Lam highlighted the Ministry of Internal Affairs of Russia as a traditional and reliable partner of the Vietnamese Ministry of Public Security and praised the effective implementation of agreements by the two sides’ senior officials when citing the action coordination plan between the two ministries for 2019-2021 as a case in point.

Under the plan, the two nations have frequently exchange information and share experiences in combating crimes, especially trans-national and organized crimes related their citizens. They also worked hand in hand to verify information and coordinated in hunting for and extraditing criminals.

The Vietnamese minister asked Russia to support Vietnam when the Southeast Asian country works as a non-permanent member of the UN Security Council for the 2020-2021 tenure and the Chair of ASEAN in 2020.

He urged both sides to intensify delegation exchange, and continue to effectively carry out signed cooperation deals, while making greater efforts to combat and prevent hi-tech, economic and drug crimes.

Lam also said he hopes the two sides will step up stronger cooperation on training for law enforcement officers.`,
    statements: [
      { quote: "Minister Lam highlighted the Ministry of Internal Affairs of Russia", speaker: "To Lam" },
      { quote: "The Vietnamese minister asked Russia to support Vietnam", speaker: "To Lam" },
      { quote: "He urged both sides to intensify delegation exchange", speaker: "To Lam" },
      { quote: "Lam also said he hopes the two sides", speaker: "To Lam" },
    ],
    setAside: [{ quote: "Kolokoltsev Vladimir Aleksandrovich has affirmed", reason: "foreign" }],
  },
  {
    id: "en-ho2-mps-to-lam-ammtc-2019",
    url: "http://en.bocongan.gov.vn/international-relations-cooperation/minister-to-lam-delivers-important-speech-at-ammtc3-t6286.html",
    outlet: "Ministry of Public Security portal",
    published: "2019-11-29",
    language: "en",
    text: `Ministry of Public Security Portal is under construction

Minister To Lam delivers important speech at AMMTC+3

November, 29 2019
MPS - General To Lam, Politburo Member and Minister of Public Security, attended and made important speech at the 10th ASEAN Plus Three Ministerial Meeting on Transnational Crime (AMMTC+3) Consultation which took place in Bangkok, Thailand on November 28.

At the AMMTC+3 consultation, ASEAN countries acknowledged and highly valued the cooperation mechanism between ASEAN and its partner and dialogue countries.

They said the coordination and support in information sharing, capacity building and equipment have contributed greatly to the fight against transnational crime in the ASEAN as well as in ASEAN member countries.

Addressing the event, Minister To Lam highlighted the importance of the ASEAN+3 mechanism between ASEAN and China, the Republic of Korea and Japan, over the past two decades. According to him, the cooperation mechanism has contributed to peace, security and development of the East Asian region.

Minister To Lam and other delegates at the meeting.


He also hailed the support from China, the RoK and Japan for Vietnam, saying that the three partners have helped Vietnam to improve the country’s law enforcement capacity through training cooperation. Minister Lam also revealed that Vietnam’s Ministry of Public Security and law enforcement agencies of those countries have well maintained bilateral contacts and cooperation via bilateral meetings.

The Vietnamese minister urged all parties to continue implementing the ASEAN+3 plan of action to combat terrorism and transnational crime in the period 2018-2022.

He also suggested the three partner countries continue supporting ASEAN countries in training their law enforcement officers in cybercrime, drug crime and human trafficking.

The ASEAN members and the three partners should actively coordinate in preventing and combating transnational organized crimes via various bilateral `,
    statements: [
      { quote: "Minister To Lam highlighted the importance of the ASEAN+3 mechanism", speaker: "To Lam" },
      { quote: "According to him, the cooperation mechanism has contributed", speaker: "To Lam" },
      { quote: "He also hailed the support from China", speaker: "To Lam" },
      { quote: "Minister Lam also revealed that Vietnam’s Ministry", speaker: "To Lam" },
      { quote: "The Vietnamese minister urged all parties to continue", speaker: "To Lam" },
      { quote: "He also suggested the three partner countries", speaker: "To Lam" },
    ],
    setAside: [
      { quote: "ASEAN countries acknowledged and highly valued", reason: "group" },
      { quote: "They said the coordination and support in information sharing", reason: "group" },
    ],
  },
  {
    id: "en-ho2-tass-to-lam-2023",
    url: "https://tass.com/world/1699637",
    outlet: "TASS",
    published: "2023-10-31",
    language: "en",
    text: `HANOI, October 31. /TASS/. Vietnam is interested in continuing cooperation with Russia in law enforcement, To Lam, a member of the Politburo of the Central Committee of the Communist Party of Vietnam and Minister of Public Security for the Socialist Republic of Vietnam, stated while receiving a Russian delegation from the Interior Ministry in Hanoi.

According to To Lam, the Russian Interior Ministry’s visit to Hanoi "clearly demonstrates the regular coordination and close relationship of the two countries with the goal of supporting each other in promoting and defending their national interests." The Vietnamese minister believes that the visit "will contribute to comprehensive strategic partnership between the Socialist Republic of Vietnam and Russia in general, giving a new impetus to the development of the excellent traditional relations between the Vietnamese Public Security Ministry and the Russian Interior Ministry in particular."

As noted at the ministerial talks, the sides will take measures to further promote joint cooperation to prevent and combat crime, as well as resolve a number of other tasks related to the functions of the two ministries. Against the background of what is going on in the world and in the region, law enforcement agencies from both countries will continue to share expertise and information to help prevent illegal actions and confront international crime. The head of the Vietnamese Public Security Ministry suggested that the parties explore ways to protect employers, students and citizens of the two states, so that anyone who works, studies or runs a business in the other’s country has their legal rights and interests ensured. Lam also emphasized preventing any criminal actions that violate the law or harm the national security of the Socialist Republic of Vietnam and Russia.`,
    statements: [
      { quote: "Vietnam is interested in continuing cooperation with Russia", speaker: "To Lam" },
      { quote: "According to To Lam, the Russian Interior Ministry", speaker: "To Lam" },
      { quote: "The Vietnamese minister believes that the visit", speaker: "To Lam" },
      { quote: "The head of the Vietnamese Public Security Ministry suggested", speaker: "To Lam" },
      { quote: "Lam also emphasized preventing any criminal actions", speaker: "To Lam" },
    ],
    setAside: [],
  },
  {
    id: "en-ho2-vietmaz-nguyen-quoc-dung-2021",
    url: "https://www.vietmaz.com/2021/04/viet-nam-attends-23rd-asean-india-som/",
    outlet: "Vietmaz (Viet Nam News)",
    published: "2021-04",
    language: "en",
    text: `Deputy Foreign Minister and head of the Vietnam ASEAN SOM Nguyễn Quốc Dũng at the conference. VNA/VNS Photo Lâm Khánh HÀ NỘI – Deputy Foreign Minister and head of the Vietnam ASEAN SOM Nguyễn Quốc Dũng attended the 23rd ASEAN-India Senior Officials' Meeting via a videoconference on Wednesday. Speaking at the event, Dũng expressed his belief that India will soon overcome difficulties and control the COVID-19 situation, while affirming solidarity and willingness to stand side by side with India at this hard time. He underscored the importance of maritime cooperation to security environment, economic growth, sustainable development of countries and the life of people in the region. The Vietnamese Deputy Foreign Minister suggested ASEAN and India, which hold important maritime routes and are facing challenges, should enhance close coordination within regional frameworks to promote dialogue, cooperation, trust building and respect for international law, including the 1982 United Nations Convention on the Law of the Sea, as well as support efforts to build and uphold codes of conduct such as the Declaration on the Conduct of Parties in the East and a Code of Conduct in the East Sea. He also hoped that India will assist ASEAN in improving capacity and technical cooperation in maritime… Read full this story`,
    statements: [
      { quote: "Dũng expressed his belief that India will soon overcome", speaker: "Nguyễn Quốc Dũng" },
      { quote: "He underscored the importance of maritime cooperation", speaker: "Nguyễn Quốc Dũng" },
      {
        quote: "The Vietnamese Deputy Foreign Minister suggested ASEAN and India",
        speaker: "Nguyễn Quốc Dũng",
      },
      { quote: "He also hoped that India will assist ASEAN", speaker: "Nguyễn Quốc Dũng" },
    ],
    setAside: [],
  },
];
