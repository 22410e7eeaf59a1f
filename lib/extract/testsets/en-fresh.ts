/**
 * Fresh English held-out set (issue 14, end of the third round): 8 real articles (VietnamPlus 2017-2023, QĐND
 * English, Nhân Dân English, the Embassy of Vietnam in the US), collected from the search corpus's stored pages
 * after the third round's first rules were written, annotated before the extractor was run on them, and measured
 * once (recall 0.792, 19/24; explicit precision 0.9, 9/10; inferred 8/9; main before the third round gives the
 * same). Its misses were then read and studied, so it is a dev set now; en-final.ts is the last held-out set.
 * Annotation: every sentence with an attribution that reports what a Vietnamese official said; an uncued sentence
 * only when a connective marks it as continuing reported speech ("However, ..."); groups and foreign officials set
 * aside.
 */
import type { TestArticle } from "./types";

export const EN_FRESH: TestArticle[] = [
  {
    id: "en-fr-vietnamplus-phan-van-giang-malaysia-2019",
    url: "https://en.vietnamplus.vn/deputy-defence-minister-phan-van-giang-receives-malaysian-counterpart/164905.vnp",
    outlet: "VietnamPlus",
    published: "2019-12-05",
    language: "en",
    text: `Deputy Defence Minister Phan Van Giang receives Malaysian counterpart
Deputy Minister of Defence Sen. Lt. Gen. Phan Van Giang hosted a reception for his Malaysian counterpart Liew Chin Tong in Hanoi on December 5.
Deputy Minister of Defence Sen. Lt. Gen. Phan Van Giang (R) meets with his Malaysian counterpart Liew Chin Tong in Hanoi on December 5 (Photo: qdnd.vn)
Hanoi (VNA) – Deputy Minister of Defence Sen. Lt. Gen. Phan Van Giang hosted a reception for his Malaysian counterpart Liew Chin Tong in Hanoi on December 5.
The two officers affirmed that the Vietnam-Malaysia bilateral partnership in defence has expanded, especially regarding training, naval cooperation and coordination at multilateral forums.
They agreed that there are favourable conditions for bilateral defence cooperation to develop stronger, matching the two countries’ strategic partnership.
Deputy Minister Giang said the Vietnamese Defence Ministry hopes to continue receiving support and close cooperation from the Malaysian Defence Ministry when Vietnam serves as Chair of ASEAN in 2020./.`,
    statements: [
      {
        quote: "the Vietnamese Defence Ministry hopes to continue receiving support",
        speaker: "Phan Van Giang",
      },
    ],
    setAside: [
      { quote: "The two officers affirmed that", reason: "group" },
      { quote: "They agreed that there are favourable conditions", reason: "group" },
    ],
  },
  {
    id: "en-fr-vietnamplus-phan-van-giang-australia-2017",
    url: "http://en.vietnamplus.vn/deputy-defence-minister-meets-vice-chief-of-australias-defense-force/115508.vnp",
    outlet: "VietnamPlus",
    published: "2017-07-27",
    language: "en",
    text: `Vietnam and Australia need to maintain and develop further their defense cooperation, said Lieutenant General Phan Van Giang, Chief of the General Staff of the Vietnam People’s Army (VPA), and Deputy Minister of National Defense.He made the statement at a meeting with Vice Admiral Raymond Griggs, Vice Chief of Australia’s Defense Force, in Hanoi on July 27, as part of the guest’s ongoing visit to Vietnam from July 26-30.Giang said the bilateral defense cooperation has reaped positive outcomes over the past time, including the effective implementation of a Memorandum of Understanding in the field signed in 2010.He affirmed that Vietnam always attaches great importance to the comprehensive cooperation with Australia and hoped the two sides will increase all-level delegation exchanges and explore new cooperation spheres.

Earlier the same day, Senior Lieutenant General Pham Ngoc Minh, Deputy Chief of the VPA General Staff held talks with Raymond, during which the two sides discussed regional and global security situations and issues of mutual concerns.They also put forth a number of measures to boost the bilateral cooperation, including the maintenance of current dialogue mechanisms and enhancement of all-level delegation exchanges.The two sides agreed to increase affiliations in foreign language training and improving capacity for medical military forces and sappers to join the UN peace keeping activities as well as sharing experience in search and rescue and fostering coordination within the framework of the ASEAN Defense Ministers’ Meeting Plus (ADMM ) and multilateral forums.During their stay in Vietnam, the Australian defense officers are scheduled to work with the High Command of Marine Police, High Command of Air Defense and Air Force, and Navy High Command.-VNA`,
    statements: [
      { quote: "Vietnam and Australia need to maintain and develop further", speaker: "Phan Van Giang" },
      { quote: "the bilateral defense cooperation has reaped positive outcomes", speaker: "Phan Van Giang" },
      {
        quote: "Vietnam always attaches great importance to the comprehensive cooperation",
        speaker: "Phan Van Giang",
      },
    ],
    setAside: [{ quote: "The two sides agreed to increase affiliations", reason: "group" }],
  },
  {
    id: "en-fr-qdnd-phan-van-giang-japan-2023",
    url: "https://en.qdnd.vn/military/intl-relations-and-cooperation/defense-minister-meets-with-indian-filipino-counterparts-and-japanese-senior-official-558470",
    outlet: "People's Army Newspaper (QĐND English)",
    published: "2023-11",
    language: "en",
    text: `Defense Minister General Phan Van Giang and Indian Defense Minister Rajnath Singh

During the meeting with Indian Defense Minister Rajnath Singh, both defense ministers agreed that the outcomes of the Vietnamese defense minister’s visit to India last June have been actively implemented, paving the way for bilateral defense cooperation. They will also boost delegation exchange at all levels, especially at high levels; maintain and raise the quality of dialogue and consultation mechanisms, including the 14th defense policy dialogue at the deputy minister level in India, and closely work together to successfully organize the 4th United Nations (U.N.) Joint Peacekeeping Exercise in Vietnam next December.

An overview of the meeting between Defense Minister General Phan Van Giang and Filipino Secretary of National Defense Gilberto Teodoro

Meanwhile, the Vietnamese and Filipino defense top officials were committed to actively joining hands to implement the agreed contents in bilateral cooperation, and supporting each other in multilateral military-defense forums and conferences, and maintaining consensus through the ASEAN common stance on regional issues.

Defense Minister General Phan Van Giang receiving Japan’s State Minister of Defense Hiroyuki Miyazawa

During the reception for Japan’s State Minister of Defense Hiroyuki Miyazawa, General Phan Van Giang underscored that the Vietnam - Japan bilateral defense cooperation has reached important achievements over the past time. Especially, last September, the two sides coordinated to successfully organize the competency evaluation for prospective peacekeeper program 2023 (CEPPP-2023) under the ADMM+ Experts’ Working Group on Peacekeeping Operations.

In the coming time, both sides will beef up delegation exchange between defense high-ranking leaders, boost cooperation among forces and in education and training, cyber-security, overcoming war aftermath, among others.

Translated by Chung Anh`,
    statements: [
      { quote: "General Phan Van Giang underscored that the Vietnam - Japan", speaker: "Phan Van Giang" },
    ],
    setAside: [{ quote: "both defense ministers agreed that the outcomes", reason: "group" }],
  },
  {
    id: "en-fr-vietnamplus-embassies-2020",
    url: "https://en.vietnamplus.vn/vietnamese-embassies-mark-anniversary-of-diplomatic-sector-national-day/182178.vnp",
    outlet: "VietnamPlus",
    published: "2020-08-31",
    language: "en",
    text: `Vietnamese diplomats in Switzerland (Photo: VNA)



Geneva (VNA) – The Vietnamese Embassy in Switzerland recently held a ceremony marking the 75th anniversary of Vietnam’s diplomatic sector (August 28) and the 20th anniversary of the embassy.



Speaking at the event, Vietnamese Ambassador Le Linh Lan reviewed the development and contributions of Vietnam’s diplomatic sector to the past struggle for national liberation and reunification as well as the current cause of national construction and defence.



She said this year holds significance as Vietnam assumes the dual role of non-permanent member of the United Nations Security Council and rotating Chair of ASEAN.



As Vietnam and Switzerland will celebrate the 50th anniversary of diplomatic ties next year, Lan said the embassy will stay united and do its best to fulfill political tasks, contributing to promoting bilateral ties and improving Vietnam’s stature on the international arena.



On the occasion, the ambassador also delivered a message of congratulations by Deputy Prime Minister and Foreign Minister Pham Binh Minh to officials and cadres of the diplomatic sector working at home and abroad.



On August 31, the Vietnamese Embassy in Singapore also held an online ceremony celebrating the 75th anniversary of National Day of Vietnam (September 2).



Vietnamese Ambassador Tao Thi Thanh Huong highlighted Vietnam’s achievements since the beginning of this year in its capacity as ASEAN Chair 2020 and a non-permanent member of the United Nations Security Council for the 2020-2021 tenure.



She affirmed that Vietnam is determined to further strengthen friendship and multifaceted cooperation with ASEAN member states, including Singapore, and other countries for a world of peace, prosperity and sustainable development.`,
    statements: [
      { quote: "She said this year holds significance", speaker: "Le Linh Lan" },
      { quote: "Lan said the embassy will stay united", speaker: "Le Linh Lan" },
      { quote: "Tao Thi Thanh Huong highlighted Vietnam’s achievements", speaker: "Tao Thi Thanh Huong" },
      { quote: "She affirmed that Vietnam is determined", speaker: "Tao Thi Thanh Huong" },
    ],
    setAside: [],
  },
  {
    id: "en-fr-vietnamplus-nguyen-tat-thanh-australia-2023",
    url: "https://en.vietnamplus.vn/vietnams-national-day-celebrated-in-australia/267552.vnp",
    outlet: "VietnamPlus",
    published: "2023-09-07",
    language: "en",
    text: `Vietnamese Ambassador to Australia Nguyen Tat Thanh (left) hands over a souvenir to Australian Assistant Minister for Foreign Affairs Tim Watts. (Photo: VNA)

Sydney (VNA) – The Vietnamese Embassy in Australia on September 6 organised a ceremony to celebrate the 78th anniversary of Vietnam’s National Day (September 2) and the 50th anniversary of diplomatic ties (February 26, 1973-2023).

In his opening remarks, Ambassador Nguyen Tat Thanh said that over the past 78 years, Vietnam has overcome many difficulties and challenges to develop comprehensively.

Highlighting Vietnam and Australia share a partnership that is based on friendship and strategic trust, he said Vietnam wishes to enhance relations in important areas, such as digital transformation and climate action.

The ambassador expressed his confidence that together, Vietnam and Australia will make every effort to uphold international law and strengthen the rules-based order, contributing to peace, stability and prosperity in the region and beyond.

As Asia-Pacific neighbours, the two countries have to get closer together not only economically but also culturally, he said, adding that by doing so, they are stronger and more confident.

Addressing the event, Australian Assistant Minister for Foreign Affairs Tim Watts said the regular mutual visits by the two countries' high-ranking delegations reflects their progressing relationship and the growing political trust between the two countries.

Watts expressed his hope that the nations will continue to cooperate on important issues to each country and the region as well, including continued collaboration with the Association of Southeast Asian Nations (ASEAN)./.`,
    statements: [
      { quote: "Vietnam has overcome many difficulties and challenges", speaker: "Nguyen Tat Thanh" },
      { quote: "he said Vietnam wishes to enhance relations", speaker: "Nguyen Tat Thanh" },
      { quote: "The ambassador expressed his confidence", speaker: "Nguyen Tat Thanh" },
      { quote: "the two countries have to get closer together", speaker: "Nguyen Tat Thanh" },
    ],
    setAside: [
      { quote: "Tim Watts said the regular mutual visits", reason: "foreign" },
      { quote: "Watts expressed his hope", reason: "foreign" },
    ],
  },
  {
    id: "en-fr-nhandan-dang-minh-khoi-russia-2024",
    url: "https://en.nhandan.vn/vietnams-79th-national-day-marked-in-russia-post138673.html",
    outlet: "Nhân Dân English",
    published: "2024-09",
    language: "en",
    text: `The event was attended by Russian Deputy Foreign Minister Andrey Rudenko, Deputy Chairman of the Legislative Assembly of Saint Petersburg Nikolai Bondarenko, representatives from ministries, sectors, social organisations, businesses, and foreign embassies in Russia, as well as Overseas Vietnamese people in the host country.
Delegates at the ceremony were introduced to art performances and traditional dishes of Vietnam. They also attended an exhibition entitled ‘Vietnam through the Eyes of Russian Painters.’
In his welcome speech, Vietnamese Ambassador to Russia Dang Minh Khoi stressed that September 22, 1945, went into Vietnam’s history as a milestone in the national struggle for independence, construction, and development.
Vietnamese Ambassador to Russia Dang Minh Khoi speaking at the ceremony |
He noted with pleasure that since its name was put on the global map 79 years ago, Vietnam has established diplomatic relations with 192 member countries, establishing itself as one of the most dynamic economies in the Asia – Pacific region, and an important link in many economic mechanisms, free trade agreements, regional and global production chains.
Stressing that Vietnam – Russia relations have been built upon their time-honoured traditions, Khoi elaborated that the bilateral ties have new development momentum following the state visit to Vietnam by Russian President Vladimir Putin in June.
He also hailed the contributions of nearly 70,000 Overseas Vietnamese communities in Russia to cementing the friendship between the two peoples.
For his part, Russian Deputy Minister of Foreign Affairs Andrey Rudenko emphasised that the bilateral cooperation has been developing robustly in the spirit of the comprehensive strategic partnership despite the complicated global situation.
He also congratulated Vietnam on the country’s impressive achievements in socio-economic development and its increasing role in the international arena.`,
    statements: [
      { quote: "Dang Minh Khoi stressed that September 22, 1945", speaker: "Dang Minh Khoi" },
      { quote: "He noted with pleasure that since its name", speaker: "Dang Minh Khoi" },
      { quote: "Khoi elaborated that the bilateral ties", speaker: "Dang Minh Khoi" },
      { quote: "He also hailed the contributions of nearly 70,000", speaker: "Dang Minh Khoi" },
    ],
    setAside: [
      { quote: "Andrey Rudenko emphasised that the bilateral cooperation", reason: "foreign" },
      { quote: "He also congratulated Vietnam on the country’s impressive", reason: "foreign" },
    ],
  },
  {
    id: "en-fr-embassy-usa-pham-quang-vinh-2015",
    url: "http://vietnamembassy-usa.org/node/5886",
    outlet: "Embassy of Vietnam in the US",
    published: "2015-09-17",
    language: "en",
    text: `Viet Nam Embassy held the 70th anniversary of the National Day

 

A ceremony to mark the 70th anniversary of Vietnam’s National Day was held on September 17, 2015 at the Vietnamese embassy in the US.

Ambassador Pham Quang Vinh said the ceremony took place as Vietnam and the US are preparing activities to mark the 20th anniversary of diplomatic ties. Mr. Vinh said 2015 is a significant landmark which develops Vietnam-US ties to a new height with Party leader Nguyen Phu Trong’s historic visit to the US and the issuance of a joint vision statement of relations. The ambassador said Vietnam and the US have great potentials for economic and trade development, especially once the Trans-Pacific Partnership agreement is signed.

 

US Assistant Secretary of State Daniel Russel expressed his belief that Vietnam would further develop in the future and that the comprehensive strategic partnership between Vietnam and the US would see positive results.`,
    statements: [
      { quote: "Pham Quang Vinh said the ceremony took place", speaker: "Pham Quang Vinh" },
      { quote: "Mr. Vinh said 2015 is a significant landmark", speaker: "Pham Quang Vinh" },
      { quote: "The ambassador said Vietnam and the US have great potentials", speaker: "Pham Quang Vinh" },
    ],
    setAside: [{ quote: "Daniel Russel expressed his belief", reason: "foreign" }],
  },
  {
    id: "en-fr-vietnamplus-pham-sao-mai-china-2023",
    url: "https://en.vietnamplus.vn/embassy-celebrates-73rd-anniversary-of-vietnamchina-diplomatic-ties/248870.vnp",
    outlet: "VietnamPlus",
    published: "2023-02-23",
    language: "en",
    text: `Embassy celebrates 73rd anniversary of Vietnam-China diplomatic ties
The Vietnamese Embassy in China on February 23 held a ceremony to mark the 73rd anniversary of the Vietnam-China diplomatic relations with the participation of Vietnamese expatriates, and Chinese officials, businessmen, experts and reporters.
Vietnamese Ambassador to China Pham Sao Mai speaks at the celebration (Photo: VNA)Beijing (VNA) – The Vietnamese Embassy in China on February 23 held a ceremony to mark the 73rd anniversary of the Vietnam-China diplomatic relations with the participation of Vietnamese expatriates, and Chinese officials, businessmen, experts and reporters.
Addressing the event, Ambassador Pham Sao Mai stressed that the Party, State and people of Vietnam always attache great importance to consolidating and strengthening the friendship and cooperation with their Chinese peers.
Vietnam considers developing relations with China one of the top priorities in its foreign policy, he affirmed.
Since the beginning of this year, China's optimisation of its epidemic prevention and control policy has created favourable conditions for the comprehensive restoration of exchanges and collaboration between the two countries.
At the ceremony (Photo: VNA)The two sides need to continue to fully and effectively implement the common perceptions reached by senior leaders of the two Parties and countries as well as their signed agreements, he proposed.
The diplomat said it is necessary to strengthen political trust; expand and improve the effectiveness of cooperation across fields; promote people-to-people exchanges and tourism collaboration; and control and properly address disagreements on the basis of respecting each other's legitimate interests in accordance with international law, contributing to maintaining peace, stability, cooperation and development in the region and deepening the nations`,
    statements: [
      { quote: "Pham Sao Mai stressed that the Party, State and people", speaker: "Pham Sao Mai" },
      { quote: "Vietnam considers developing relations with China one of the top", speaker: "Pham Sao Mai" },
      { quote: "fully and effectively implement the common perceptions", speaker: "Pham Sao Mai" },
      { quote: "The diplomat said it is necessary to strengthen political trust", speaker: "Pham Sao Mai" },
    ],
    setAside: [],
  },
];
