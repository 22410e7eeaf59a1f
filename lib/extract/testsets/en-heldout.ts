import type { TestArticle } from "./types";

/**
 * English held-out set: annotated before any rule was written, and its extraction output was not looked at while
 * tuning; only its figures were read, once before and once after the work.
 */
export const EN_HELDOUT: TestArticle[] = [
  {
    id: "en-ho-vov-1143215",
    url: "https://m.vovworld.vn/en-US/news/vietnam-calls-for-stronger-international-efforts-in-disarmament-nonproliferation-1143215.vov",
    outlet: "VOV World",
    published: null,
    language: "en",
    text: `Ambassador Dang Hoang Giang, Permanent Representative of Vietnam to the UN (Photo: VNA) |
Ambassador Dang Hoang Giang, Permanent Representative of Vietnam to the UN, said the current international security environment was the most complex in decades, which might adversely affect the common efforts of the international community.
In that context, countries should strengthen international efforts in disarmament and non-proliferation to protect hard-earned achievements. He said it is necessary to continue complying with the fundamental principles of international law and the UN Charter, promote the peaceful settlement of international disputes, maintain the centrality of multilateralism, and boost the mechanism for global disarmament.
Giang said Vietnam was ready to engage in the committee’s activities and support efforts to build a world of peace, stability, and development.`,
    statements: [
      { quote: "said the current international security environment", speaker: "Dang Hoang Giang" },
      { quote: "In that context, countries should strengthen", speaker: "Dang Hoang Giang" },
      { quote: "He said it is necessary", speaker: "Dang Hoang Giang" },
      { quote: "Giang said Vietnam was ready", speaker: "Dang Hoang Giang" },
    ],
    setAside: [],
  },
  {
    id: "en-ho-vna-371774",
    url: "https://vietnam.vnanet.vn/english/tin-van/vietnamese-ambassador-urges-people-centred-multilateralism-at-unsc-debate-371774.html",
    outlet: "Vietnam News Agency",
    published: null,
    language: "en",
    text: `Ambassador Dang Hoang Giang, Permanent Representative of Vietnam to the United Nations (Photo: VNA)

Ambassador Dang Hoang Giang, Permanent Representative of Vietnam to the United Nations (UN), stressed the importance of putting people at the centre of multilateral cooperation, at the UN Security Council (UNSC)’s ministerial-level open debate in New York on July 16.

The event, chaired by Minister of Foreign Affairs Sergey Lavrov of Russia - the UNSC Chair for July, drew representatives from over 50 UN member states.

In his speech, Giang stressed that adhering to international law and the UN Charter, especially principles of respecting sovereignty, political independence, and territorial integrity of states; refraining from the threat or use of force; and peacefully settling disputes are crucial to maintaining the effective multilateral cooperation.

Respecting and striving to fulfill the legitimate aspirations of people for peace, prosperity and social progress is essential, Giang added. He called for substantial reforms to raise the voice and representation of developing countries in multilateral institutions that significantly impact global security and socio-economic issues.

Reaffirming Vietnam's unwavering commitment to multilateralism, he highlighted the country's active participation and promotion of initiatives within global and regional organisations, particularly ASEAN and the UN.

Vietnam has made significant contributions to fulfilling shared commitments in the areas of peace, security, sustainable development, and human rights, he said, adding that these efforts prioritise the well-being of people and aim to collectively advance toward a more peaceful, prosperous and just world.

The debate underscored a widely shared sentiment that strengthening multilateral cooperation is vital to addressing complex global challenges that no single nation can tackle alone.`,
    statements: [
      { quote: "stressed the importance of putting people", speaker: "Dang Hoang Giang" },
      { quote: "In his speech, Giang stressed", speaker: "Dang Hoang Giang" },
      { quote: "Giang added", speaker: "Dang Hoang Giang" },
      { quote: "He called for substantial reforms", speaker: "Dang Hoang Giang" },
      { quote: "he highlighted the country's active participation", speaker: "Dang Hoang Giang" },
      { quote: "Vietnam has made significant contributions", speaker: "Dang Hoang Giang" },
    ],
    setAside: [{ quote: "The debate underscored", reason: "group" }],
  },
  {
    id: "en-ho-qdnd-537222",
    url: "https://en.qdnd.vn/foreign-affairs/multilateral-relations/vietnam-completes-all-targets-at-unsc-ambassador-537222",
    outlet: "People's Army Newspaper",
    published: "2022-01",
    language: "en",
    text: `Ambassador Dang Dinh Quy

The ambassador noted that in the past two years, Vietnam participated in 840 meetings from the ambassador level, along with negotiations on and approval of 245 documents, while during the months the country served as President of the council, 26 documents were adopted.

Quy said that Vietnam had chaired the proposal, compilation and negotiations for two resolutions of the UNSC as well as three Presidential statements, along with two resolutions of the U.N. General Assembly and the formation of the Group of Friends on the U.N. Convention on the Law of the Sea (UNCLOS) 1982, which has drawn the largest number of participants among U.N. friend groups.

According to the diplomat, three factors helping Vietnam secure a successful working term at the UNSC are the country's political asset, including a glorious national history and tradition as well as success of the “Doi Moi” (Renewal) cause; sound diplomatic policy; and mechanisms of directing and implementing this policy, as evidenced in the country’s effective activities at the UNSC.

A UNSC's meeting on the Middle East

Ambassador Quy affirmed that in the past two years, Vietnam has taken many reforms in external policies at the world’s largest multilateral forum.

First of all, Vietnam has exerted great efforts and put forward many initiatives, he said.

Second, Vietnam has performed the role of a mediator among world powers and groups of countries, helping them understand each other better and gain better understanding of the ASEAN regarding Myanmar issue, and of the Democratic People’s Republic of Korea regarding the nuclear weapon matter in the Korean Peninsula.

When there was disagreement among countries regarding such issues as those related to security, climate change, or Syria and Yemen, Vietnam, with its good relations with different groups, helped coordinate and reach certain agreement, Quy said.`,
    statements: [
      { quote: "The ambassador noted that in the past two years", speaker: "Dang Dinh Quy" },
      { quote: "Quy said that Vietnam had chaired", speaker: "Dang Dinh Quy" },
      { quote: "According to the diplomat", speaker: "Dang Dinh Quy" },
      { quote: "Ambassador Quy affirmed", speaker: "Dang Dinh Quy" },
      { quote: "First of all, Vietnam has exerted", speaker: "Dang Dinh Quy" },
      { quote: "Second, Vietnam has performed the role", speaker: "Dang Dinh Quy" },
      { quote: "helped coordinate and reach certain agreement, Quy said", speaker: "Dang Dinh Quy" },
    ],
    setAside: [],
  },
  {
    id: "en-ho-vnp-301239",
    url: "http://ufabetindo.in/vietnam-calls-for-efforts-to-prevent-conflicts-from-spreading-in-middle-east-post301239.vnp",
    outlet: "VietnamPlus (mirror)",
    published: null,
    language: "en",
    text: `Vietnam calls for efforts to prevent conflicts from spreading in Middle East
Ambassador Dang Hoang Giang, Permanent Representative of Vietnam to the United Nations (UN), has called on the UN Security Council to stay united and intensify efforts to ease tensions and end hostilities in the entire Middle East.
An overview of the UNSC's open debate (Photo: VNA)
New York (VNA) - Ambassador Dang Hoang Giang, Permanent Representative of Vietnam to the United Nations (UN), has called on the UN Security Council to stay united and intensify efforts to ease tensions and end hostilities in the entire Middle East.
Addressing the council’s open debate themed “The situation in the Middle East, including the Palestinian question” held on October 29-30 in New York, Giang noted that the efforts of the international community over the past year have not been sufficient to bring peace to Gaza and prevent the conflicts from spreading.
He condemned all acts of attack on civilians and civil infrastructure, as well as violations of the sovereignty of nations, while expressing concern over biased criticisms and actions that hinder the UN Secretary-General from fulfilling his responsibilities, particularly regarding mediation efforts, humanitarian aid, and promotion of dialogue among the parties involved in the Middle East.
The Vietnamese representative appealed on all parties involved to exercise maximum restraint, engage in dialogue, and adhere to international law, the UN Charter, and relevant UN resolutions. He affirmed support for the crucial role of the United Nations Relief and Works Agency for Palestine Refugees in the Near East (UNRWA) in ensuring uninterrupted humanitarian assistance in Gaza, Lebanon, and other conflict-affected areas.`,
    statements: [
      { quote: "has called on the UN Security Council to stay united", speaker: "Dang Hoang Giang" },
      { quote: "Giang noted that the efforts", speaker: "Dang Hoang Giang" },
      { quote: "He condemned all acts", speaker: "Dang Hoang Giang" },
      { quote: "The Vietnamese representative appealed", speaker: "Dang Hoang Giang" },
      { quote: "He affirmed support for the crucial role", speaker: "Dang Hoang Giang" },
    ],
    setAside: [],
  },
  {
    id: "en-ho-vov-386769",
    url: "https://vovworld.vn./en-US/news/foreign-ministeriallevel-meetings-held-to-prepare-for-asean-summit-386769.vov",
    outlet: "VOV World",
    published: null,
    language: "en",
    text: `Foreign ministerial-level meetings held to prepare for ASEAN Summit

(VOVworld)- Foreign ministerial-level meetings in preparation for the 27th ASEAN Summit and related meetings took place in Kuala Lumpur, Malaysia on Friday.
Foreign ministerial-level meetings held to prepare for ASEAN Summit - ảnh 1
Deputy Prime Minister and Foreign Minister Pham Binh Minh attends Foreign ministerial-level meetings to prepare for ASEAN Summit

Speaking at the meetings, Vietnamese Deputy Prime Minister and Minister of Foreign Affairs Pham Binh Minh, who led the Vietnamese delegation, stressed that building the ASEAN Community was a continuous and long term process. The grouping should continue to consolidate and deepen the connection in the next stage, he said, suggesting that ASEAN needed to effectively implement the ASEAN Community Vision 2025 and implementation plans on the three pillars of politic-security, economic, and culture-society. Regarding the East Sea, the Vietnamese official urged ASEAN to continue to suggest a common voice and present a proactive role in this regard to ensure peace, stability, security and safety of maritime and air ways. He underlined the adherence to the principles of international law and the United Nations Convention on the Law of the Sea 1982, full and effective implementation of the Declaration on the Conduct of Parties in the East Sea, and the early completion of a Code of Conduct in the waters.

Deputy Prime Minister and Foreign Minister Pham Binh Minh held a bilateral meeting with Singapore Foreign Minister Vivian Balakrishnan that day.`,
    statements: [
      { quote: "stressed that building the ASEAN Community", speaker: "Pham Binh Minh" },
      { quote: "The grouping should continue to consolidate", speaker: "Pham Binh Minh" },
      { quote: "the Vietnamese official urged ASEAN", speaker: "Pham Binh Minh" },
      { quote: "He underlined the adherence", speaker: "Pham Binh Minh" },
    ],
    setAside: [],
  },
  {
    id: "en-ho-vnp-234960",
    url: "https://en.vietnamplus.vn/amm55-partners-back-aseans-central-role/234960.vnp",
    outlet: "VietnamPlus",
    published: "2022-08-04",
    language: "en",
    text: `AMM-55: Partners back ASEAN’s central role hinh anh 1Minister of Foreign Affairs Bui Thanh Son (Photo: VNA)

Phnom Penh (VNA) – Vietnamese Minister of Foreign Affairs Bui Thanh Son led a Vietnamese delegation to attend the ASEAN Plus One, and ASEAN Plus Three Foreign Ministers’ Meetings, and co-chaired the ASEAN-Republic of Korea (RoK) Foreign Ministers’ Meeting in Cambodia on August 4.

At these meetings, held within the framework of the 55th ASEAN Foreign Ministers’ Meeting (AMM-55), partners said they attached importance to their relations with the Association of Southeast Asian Nations (ASEAN) and support the bloc’s central role.

ASEAN and its partners agreed that dialogue and cooperation for peace, stability, sustainable development and prosperity are the focus of their relationship. Accordingly, the parties agreed to step up cooperation towards comprehensive and sustainable post-pandemic recovery.

ASEAN expected its Northeast Asian partners to cooperate more in public health, digital transformation, innovative technology, smart infrastructure, human resource quality, and green and sustainable development.

The countries also showed their hope to strengthen cooperation in other areas like climate change response, environmental protection, biodiversity conservation, and sustainable use of oceans and marine resources.

Regarding the international and regional situations, the parties expressed concern about the ongoing complexities and tensions in the region. Therefore, all stressed the need to exercise restraint and avoid actions that may complicate the situation and negatively affect the peaceful and stable environment of the region.

ASEAN countries also affirmed their support for the "One China" policy and stressed the importance of abiding by the principles of the United Nations Charter and the Treaty of Amity and Cooperation in Southeast Asia.`,
    statements: [],
    setAside: [
      { quote: "partners said they attached importance", reason: "group" },
      { quote: "the parties expressed concern", reason: "group" },
      { quote: "all stressed the need", reason: "group" },
      { quote: "ASEAN countries also affirmed", reason: "group" },
    ],
  },
  {
    id: "en-ho-vnp-135925",
    url: "https://en.vietnamplus.vn/51st-asean-foreign-ministers-meeting-related-meetings-fruitful-deputy-fm-post135925.vnp",
    outlet: "VietnamPlus",
    published: "2018-08",
    language: "en",
    text: `Hanoi (VNA) – The recent 51st ASEAN Foreign Ministers’ Meeting (AMM-51)and other related meetings hosted by Singapore have secured many importantoutcomes, Deputy Foreign Minister Nguyen Quoc Dung told the media recently.
The association achieved significantresults in building a self-reliant and innovative bloc, he said, noting membercountries highlighted the need to strengthen cooperation in economy anddevelopment among themselves and with partners.
They will focus on fostering intra-bloc connectivity,boosting sustainable development and increasing innovation to make full use oftechnology advances from the fourth industrial revolution.
ASEAN members showed solidarity to Laosafter the devastating hydropower dam collapse through the ASEAN CoordinatingCentre for Humanitarian Assistance on Disaster Management.
The association upheld its stance on issuesrelated to peace and stability in the region such as the East Sea issue, saidDung, adding that all member countries agreed on basic principles on thematter, while sharing viewpoints on issues on the site as well as negotiationsfor a Code of Conduct in the East Sea.
ASEAN has flexibly admitted proposals ofits partners like India, Australia and the Republic of Korea withoutsignificantly affecting internal regulations.
Secondly, ASEAN and its partners reachedconsensus on supporting and promoting multilateralisation and maintainingeconomic links as well as trade and investment facilitation amidst increasing protectionism.
Deputy FM Dung noted that some partnersshowed interest`,
    statements: [
      { quote: "have secured many importantoutcomes", speaker: "Nguyen Quoc Dung" },
      { quote: "The association achieved significantresults", speaker: "Nguyen Quoc Dung" },
      { quote: "The association upheld its stance", speaker: "Nguyen Quoc Dung" },
      { quote: "Deputy FM Dung noted", speaker: "Nguyen Quoc Dung" },
    ],
    setAside: [],
  },
  {
    id: "en-ho-vietexplorer-85335",
    url: "https://vietexplorer.com/?p=85335",
    outlet: "VietExplorer",
    published: null,
    language: "en",
    text: `Addressing the event, Prime Minister Pham Minh Chinh said complicated developments that directly affect regional stability are testing the central role and prestige of ASEAN.
The core value and strength of ASEAN over the past 54 years has been solidarity, he added.
Therefore, ASEAN should continue to unite with and support Myanmar, especially when its people are experiencing many difficulties.
He called on ASEAN to show its autonomous role in maintaining peace, security and stability in the East Sea.
ASEAN should maintain its stance on the East Sea, he said, strongly promote the commitments of member countries, abide by international law, act responsibly, exercise self-restraint, and refrain from actions that cause tension or complicate the situation./.`,
    statements: [
      { quote: "Prime Minister Pham Minh Chinh said complicated", speaker: "Pham Minh Chinh" },
      { quote: "The core value and strength of ASEAN", speaker: "Pham Minh Chinh" },
      { quote: "Therefore, ASEAN should continue to unite", speaker: "Pham Minh Chinh" },
      { quote: "He called on ASEAN to show", speaker: "Pham Minh Chinh" },
      { quote: "ASEAN should maintain its stance", speaker: "Pham Minh Chinh" },
    ],
    setAside: [],
  },
];
