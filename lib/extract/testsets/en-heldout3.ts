/**
 * Third English held-out set (issue 14, third round): 11 real articles from 8 outlets not used in the earlier sets
 * or used for other years (VietNamNet, VnExpress International, Nhân Dân English, CAND English, myvietnamnews,
 * VietnamPlus mirrors, VOV World, Báo Nghệ An English; 2008-2025), collected from the search corpus's stored pages
 * and annotated before the extractor was run on them. Texts are the stored excerpts as they are (scraping faults
 * and a cut-off last sentence included). Measured once as held out before any rule of the third round was written
 * (recall 0.727, 24/33; explicit precision 0.882, 15/17; inferred 0.75, 9/12);
 * see docs/import.md for that figure and for what was done with it afterwards.
 */
import type { TestArticle } from "./types";

export const EN_HELDOUT3: TestArticle[] = [
  {
    id: "en-ho3-vietnamnet-luong-tam-quang-amcc5",
    url: "https://vietnamnet.vn/en/politics/vietnam-commits-to-ensuring-asean-cyber-security-safety-679500.html",
    outlet: "VietNamNet",
    published: "2020-10-07",
    language: "en",
    text: `As an ASEAN member state, Vietnam commits to actively and responsibly joining regional cooperation mechanisms to ensure security and safety of cyber space, said Deputy Minister of Public Security Lieut. Gen. Luong Tam Quang.

Deputy Minister of Public Security Lieut. Gen. Luong Tam Quang at the event (Photo: VNA)

Leading a Vietnamese delegation attending the fifth ASEAN Ministerial Conference on Cyber Security (AMCC-5) hosted by Singapore via a video conference on October 7, Quang highlighted the need and importance of building a code of responsible conduct on cyber space to maintain a healthy and safe environment, ensure cyber security and safety, especially when the world is witnessing great changes in the digital transformation process amid the COVID-19 pandemic.

The Vietnamese Government assigned the Ministry of Public Security to build and fine-tune laws on cyber security up to regional and global standards, he said, adding that Vietnam is carrying out the national digital transformation programme till 2025 with orientations to 2030 with an aim to make Vietnam into the list of 50 leading countries in the E-Government Development Index, during which, cyber security and safety is crucial to creating a safe environment for digital transformation.

According to him, the Vietnamese Ministry of Public Security paid attention to improving cyber security capability to protect key information infrastructure via workforce training and international cooperation to cope with cyber attacks.

Participants at the event discussed a plan to carry out a code of conduct on cyber space, measures to protect cyber infrastructure which is vital to regional connectivity and trade.

Chairing the event, Singaporean Minister for Communications and Information S. Iswaran called on ASEAN member nations to jointly deal with cyber security challenges in the spirit of mutual collaboration.`,
    statements: [
      { quote: "Vietnam commits to actively and responsibly joining", speaker: "Luong Tam Quang" },
      { quote: "Quang highlighted the need and importance", speaker: "Luong Tam Quang" },
      { quote: "The Vietnamese Government assigned the Ministry", speaker: "Luong Tam Quang" },
      { quote: "According to him, the Vietnamese Ministry", speaker: "Luong Tam Quang" },
    ],
    setAside: [{ quote: "S. Iswaran called on ASEAN member nations", reason: "foreign" }],
  },
  {
    id: "en-ho3-vnexpress-nguyen-manh-hung-2019",
    url: "https://e.vnexpress.net/news/business/economy/vietnam-carries-potential-to-be-a-cybersecurity-powerhouse-minister-3910754.html",
    outlet: "VnExpress International",
    published: "2019-04-17",
    language: "en",
    text: `Vietnam carries potential to be a cybersecurity powerhouse: minister

By Chau An   April 17, 2019 | 03:02 am PT
Vietnam carries potential to be a cybersecurity powerhouse: minister
A cybersecurity powerhouse is like a military powerhouse in real life, Minister of Communications Nguyen Manh Hung said on April 17, 2019. Photo by Reuters/Kham
Vietnam has one of the best human resources in this world to become a cybersecurity powerhouse, says information minister.

Minister of Information and Communications Nguyen Manh Hung also said Wednesday that Vietnam will soon announce a national digital transformation strategy to build a digital economy and a digital society.

He told the Vietnam Security Summit 2019 that in order for the country to be successful in digital transformation, cybersecurity and cyber-safety are fundamental conditions.

"Making the Internet safe is making the nation thrive," Hung said. A cybersecurity powerhouse is like a military powerhouse in real life." 

The ministry released data at the forum showing that last year, none of the 90 ministries and departments in the country had the highest cybersafety rating, grade A.

Just 17 percent had a grade B rating, while the majority, 70 percent, were in grade C and the remaining 13 percent had grade D. None of them had grade E, the lowest security grade.

Half of these organizations do not have a unit in charge of cybersecurity and have not engaged a cybersecurity firm to do so. Therefore, when there is a cyberattack, they don’t know how to react, the conference heard.

52 percent of the agencies admitted they haven’t set the correct priority for cybersafety, and 49 percent said they don’t have an adequate cybersecurity budget.

Do Anh Tuan, deputy head of the Department of Cybersecurity under the Ministry of Public Security, said that Vietnam was among the countries with the highest growth in number of Internet users.

But this growth has led to negative consequences, such as the spread of unet`,
    statements: [
      { quote: "Vietnam has one of the best human resources in this world", speaker: "Nguyen Manh Hung" },
      { quote: "Vietnam will soon announce a national digital transformation", speaker: "Nguyen Manh Hung" },
      { quote: "He told the Vietnam Security Summit 2019", speaker: "Nguyen Manh Hung" },
      { quote: "Making the Internet safe is making the nation thrive", speaker: "Nguyen Manh Hung" },
      { quote: "Vietnam was among the countries with the highest growth", speaker: "Do Anh Tuan" },
    ],
    setAside: [
      { quote: "they don’t know how to react, the conference heard", reason: "no_speaker" },
      { quote: "52 percent of the agencies admitted", reason: "group" },
    ],
  },
  {
    id: "en-ho3-nhandan-le-van-tuan",
    url: "https://en.nhandan.vn/strong-information-security-force-needed-to-safeguard-national-digital-sovereignty-minister-post138958.html",
    outlet: "Nhân Dân English",
    published: null,
    language: "en",
    text: `Hung said ensuring information security in cyberspace is as important as ensuring safety for people in the real world, but its scale is much bigger. Given this, the minister asked the national information security force in general and that of the authority in particular to stay stronger.
Digital technology should be the primary weapon of the authority, he said, asking it to gather outstanding personnel from national and global tech forces.
The AIS and the MIC needs to fulfill the tasks of safeguarding information security and contributing to protecting national digital sovereignty; and protecting the Party's ideological foundation, the regime, and the image of Vietnam and its people in cyberspace, Hung emphasised.
AIS Director Le Van Tuan said the institutional framework for information security has been established and consolidated, from laws to decrees and guiding circulars, pointing to the improved awareness of information security among all-level authorities, the public, and businesses as well as the inclusion of information security in IT projects.
Over 100 Vietnamese information security companies have mastered most information security products, making up more than half of the market share of such products and services. Some have also ventured abroad and are competing globally.
According to the International Telecommunication Union (ITU) ranking on cybersecurity, Vietnam has advanced to the 25th place from the 100th over the past decade.`,
    // "Hung" is never introduced in this excerpt (a one-word name stays unresolved), so only Tuan's is gold.
    statements: [
      { quote: "AIS Director Le Van Tuan said the institutional framework", speaker: "Le Van Tuan" },
    ],
    setAside: [],
  },
  {
    id: "en-ho3-cand-pham-binh-minh-2016",
    url: "http://en.cand.com.vn/Politics/Vietnam-presents-candidacy-for-non-permanent-membership-of-the-Security-Council-for-the-term-2020-2021-409643/",
    outlet: "CAND English",
    published: "2016-09-25",
    language: "en",
    text: `Vietnam presents candidacy for non-permanent membership of the Security Council for the term 2020-2021

Chủ Nhật, 25/09/2016, 14:47
Speaking at the 71st session of the United Nations General Assembly on 24th September, Deputy Prime Minister and Minister of Foreign Affairs Pham Binh Minh said, Vietnam has decided to present its candidacy for non-permanent membership of the Security Council for the term 2020-2021, and will continue to increase its participation in the UN Peacekeeping Operations.
The message of this speech called all countries work together to “promote multilateralism and adherence to international law, for peace, cooperation and sustainable development”. 
Deputy Prime Minister noted that: “As a peace-loving and friendly nation, Vietnam always pursues the foreign policy of independence, self-reliance, peace, cooperation and development. We strive to be a friend, reliable partner and a responsible member of the international community. Our commitment to multilateralism and international law is unwavering, and we will spare no effort to contribute to peace, cooperation and development in the world. Vietnam looks forward to stronger partnership and collaboration with the United Nations and member states to realize the vision of transforming our world and to build a better future for all”.

Deputy Prime Minister also expressed concern about the weak global economic recovery, climate change, natural disasters, epidemics, food and water security, humanitarian and migration crises, the instability and tension, violence, conflicts, terrorism and violent extremism that are plaguing many regions, especially the use or threat of force in international relations continue to be a threat to international peace and security.

Stressing that international law remains the linchpin of a stable international security architecture and a strong multilateral system, Deputy Prime Minister said, the United Nations can and must play a stronger part, take the lead `,
    statements: [
      { quote: "Vietnam has decided to present its candidacy", speaker: "Pham Binh Minh" },
      { quote: "As a peace-loving and friendly nation", speaker: "Pham Binh Minh" },
      { quote: "Deputy Prime Minister also expressed concern", speaker: "Pham Binh Minh" },
      { quote: "the United Nations can and must play a stronger part", speaker: "Pham Binh Minh" },
    ],
    setAside: [],
  },
  {
    id: "en-ho3-myvietnamnews-le-luong-minh-2008",
    url: "https://myvietnamnews.com/2008/06/",
    outlet: "myvietnamnews",
    published: "2008-06",
    language: "en",
    text: `Since Vietnam undertook the non-permanent membership of the UN Security Council, the country has made objective and substantial contribution to the council’s noble mission.
According to Ambassador Le Luong Minh, Vietnamese Representative to the UN and the UNSC, even though Vietnam is a new member, it raised its voice on all matters under debate, including sensitive matters.
On the Middle East issue, Vietnam is persistent in its the stand to support the Palestinian people’s just struggle to set up an independent State. It condemns terrorist and extreme acts and attacks against innocent people.
Regarding the situation in Kosovo , Vietnam pursues the stance of supporting sovereignty and territorial integrity of nations. The country does not accept Kosovo’s declaration of independence, while rejecting acts of violence and extremity.`,
    statements: [
      { quote: "even though Vietnam is a new member, it raised its voice", speaker: "Le Luong Minh" },
    ],
    setAside: [],
  },
  {
    id: "en-ho3-vietnamplus-mirror-to-lam-cyber-2020",
    url: "http://ufabetindo.in/vietnam-singapore-hold-ministerial-conference-on-cyber-security-post187792.vnp",
    outlet: "VietnamPlus (mirror)",
    published: "2020-09",
    language: "en",
    text: `Vietnam, Singapore hold ministerial conference on cyber security
Vietnam’s Ministry of Public Security and Singapore’s Ministry of Communications and Information held a virtual minister-level conference on cyber security on September 29.
Minister of Public Security Gen. To Lam speaks at the virtual ministerial conference on cyber security between Vietnam’s Ministry of Public Security and Singapore’s Ministry of Communications and Information on September 29. (Photo: VNA)
Hanoi (VNA) – Vietnam’s Ministry of PublicSecurity and Singapore’s Ministry of Communications and Information held avirtual ministerial conference on cyber security on September 29.
The event provided a platform for the two countries todiscuss Vietnam’s cyber space strategy and how the country develops cyber security standards; and prepare for the 5th edition of SingaporeInternational Cyber Week (SICW-5) and the 5th ASEAN MinisterialConference on Cybersecurity (ACMM-5) to be held virtually in Singapore fromOctober 5 to 9.
The two sides voiced concerns over challenges and threatsposing to cyber security, particularly in the face of complicated impactscaused by the COVID-19 pandemic globally. They also exchanged information on each country’scyber security situation to facilitate their coordination in handling relatedissues.
In his remarks at the conference, Vietnamese Minister ofPublic Security Gen. To Lam highlighted the robust development of information andtechnology (IT), telecommunications and the Internet worldwide, setting thescene for improvements in productivity and competitiveness and socio-economic growth.
Vietnam has been facing multiple challenges in cyber space,threatening national security and social order, he said, citing that cybercrimes are on the rise in both number and severity, affecting many aspects ofsocial life.
Vietnam has strengthened its cyber security capacity byadopting the 2018 Law on Cyber Security and implementing the National DigitalTransformation Prog`,
    statements: [
      { quote: "To Lam highlighted the robust development", speaker: "To Lam" },
      { quote: "Vietnam has been facing multiple challenges in cyber space", speaker: "To Lam" },
    ],
    setAside: [{ quote: "The two sides voiced concerns", reason: "group" }],
  },
  {
    id: "en-ho3-vietnamplus-mirror-nguyen-manh-hung-2019",
    url: "http://www.yes8877.cc/minister-urged-mastering-technologies-to-better-cybersecurity-post164608.vnp",
    outlet: "VietnamPlus (mirror)",
    published: "2019-11-29",
    language: "en",
    text: `Minister urged mastering technologies to better cybersecurity
It is time for Vietnam to master technologies to make sure local businesses, organisations and people are protected from cyber-attacks, Minister of Information and Communications Nguyen Manh Hung said on November 29.
CMC Cyber Security technicians at work. (Photo cmccybersecurity.com)
Hanoi (VNA) - Itis time for Vietnam to master technologies to make sure local businesses, organisations and people areprotected from cyber-attacks, Minister of Information and Communications Nguyen ManhHung said on November 29.
The way anorganisation reacts to cyber-attacks shows how prepared it is and how well it isprotected, the minister told attendees at the Vietnam Information Security Day2019 in Hanoi
“We used toprioritise the use and development of IT applications, but now, cyber securitymust be a component in every IT project,” he said.
Though the Governmentsets the minimum required spending for cyber security at 10 percent of the ITproject capital, the actual spending accounts for only 5 percent.
“We used to keep theattacks away from public. But the more we share, the better the world isprotected,” Minister Hung said.
According to theminister, the Ministry of Information and Communications will assign detailedtasks for leading enterprises to develop a safe ecosystem for e-governmentsystems, smart cities and national information storage.
It was the 12th eventfor Vietnam Information Security Day and this year, the event was themed‘Enhancing national cyber security in the digital area’.
More than 700participants from ministries, sectors, government agencies, and local andinternational businesses and research institutions attended the event./.
Vietnam had the second lowest number of Android threats detected in Southeast Asia in the period from January to September this year, according to cybersecurity company Kaspersky.`,
    statements: [
      { quote: "master technologies to make sure local businesses", speaker: "Nguyen Manh Hung" },
      { quote: "the minister told attendees", speaker: "Nguyen Manh Hung" },
      { quote: "must be a component in every IT project", speaker: "Nguyen Manh Hung" },
      { quote: "But the more we share", speaker: "Nguyen Manh Hung" },
      { quote: "the Ministry of Information and Communications will assign", speaker: "Nguyen Manh Hung" },
    ],
    setAside: [],
  },
  {
    id: "en-ho3-vietnamnet-le-minh-manh-2025",
    url: "https://vietnamnet.vn/en/cyberspace-can-unlock-economic-potential-but-faces-security-risks-2410994.html",
    outlet: "VietNamNet",
    published: "2025-05-23",
    language: "en",
    text: `The Vietnam Security Summit 2025, an international seminar and exhibition, took place in HCM City on May 23. Major General Le Minh Manh, Deputy Director of the Cybersecurity and High-Tech Crime Prevention Department (A05) under the Ministry of Public Security (MPS), said that technological advancements, digital transformation, and innovation are being widely implemented.
Breakthrough technologies such as AI, big data, cloud computing, and 5G have demonstrated their superior and critical value in the digital era.
However, the development of science and technology poses significant challenges to ensuring cybersecurity, network security, and data privacy, impacting the legitimate rights and interests of organizations and individuals.
Globally, numerous dangerous cyberattacks have targeted critical national information systems, causing widespread and severe damage to both property and human health.
Establishing trust in the digital era amid new challenges has become an urgent issue for organizations, individuals, and nations.
Manh said that ensuring cybersecurity and network security for critical national information systems and protecting data is a core and vital task for safeguarding the nation during its development.
Vietnam has implemented various policies to promote science, technology, innovation, and digital transformation to drive socio-economic development and strengthen national defense and security.`,
    statements: [
      {
        quote: "technological advancements, digital transformation, and innovation",
        speaker: "Le Minh Manh",
      },
      { quote: "Manh said that ensuring cybersecurity", speaker: "Le Minh Manh" },
    ],
    setAside: [],
  },
  {
    id: "en-ho3-vietnamplus-mirror-nguyen-minh-chinh-2025",
    url: "http://www.ufabetindo.in/cybersecurity-an-urgent-need-for-national-security-assurance-post319165.vnp",
    outlet: "VietnamPlus (mirror)",
    published: "2025-04",
    language: "en",
    text: `Cybersecurity: An urgent need for national security assurance
Lieutenant General Nguyen Minh Chinh, Director of the Department of Cybersecurity and High-Tech Crime Prevention and Control (A05) under the Ministry of Public Security, and Permanent Vice President of the National Cybersecurity Association, speaks at the event. (Photo: VietnamPlus)
Hanoi (VNA)🌼 - As Vietnam accelerates its digital transformation, a critical mission has emerged: safeguarding national cyberspace. This is no longer merely a technical issue but an urgent necessity for ensuring national security, social stability, and public trust in digital technologies.
At the 2025 annual meeting of the National Cybersecurity Association (NCA) on April 11 in Hanoi, experts, policymakers, and business leaders engaged in in-depth discussions on the challenges and solutions for cybersecurity in the modern age.
In his remarks, Lieutenant General Nguyen Minh Chinh, Director of the Department of Cybersecurity and High-Tech Crime Prevention and Control (A05) under the Ministry of Public Security and NCA Permanent Vice President, noted that the Politburo had issued Resolution No. 57. The decree includes breakthroughs in science, technology, innovation, and national digital transformation, focusing on effective cybersecurity, safety measures, and countermeasures against high-tech crimes.
According to Lieutenant Colonel Nguyen Ba Son, A05 Deputy Director, cyberattacks and cyber-espionage by hacker groups are becoming increasingly dangerous. High-tech crimes are growing more sophisticated, employing ever more cunning methods and tactics.
Lieutenant Colonel Nguyen Ba Son, Deputy Director of the Department of Cybersecurity and High-Tech Crime Prevention and Control (A05) under the Ministry of Public Security. (Photo: VietnamPlus)`,
    statements: [
      { quote: "noted that the Politburo had issued Resolution No. 57", speaker: "Nguyen Minh Chinh" },
      { quote: "cyberattacks and cyber-espionage by hacker groups", speaker: "Nguyen Ba Son" },
    ],
    setAside: [],
  },
  {
    id: "en-ho3-vovworld-le-hai-binh-2015",
    url: "https://vovworld.vn/en-US/news/foreign-ministrys-regular-press-conference-338610.vov",
    outlet: "VOV World",
    published: "2015-05",
    language: "en",
    text: `Foreign Ministry’s regular press conference

(VOVworld) – In reply to reporters’ questions about China’s announcement of its first white book on its military strategy on May 26, which justifies China’s illegal construction of artificial islands in Vietnam’s Truong Sa archipelago, Vietnam’s Foreign Ministry spokesperson Le Hai Binh said: “We think that as a permanent member of the UN Security Council and an important country in the region, China needs to respect the sovereignty, sovereign rights and jurisdiction of all countries involved, abide by international law, and make responsible and constructive contributions to the maintenance of peace, security, and stability in the region and the world.”

Foreign Ministry’s regular press conference - ảnh 1

With regard to the information that 3,000 Vietnamese children were forced to travel to Britain to grow marijuana, he said that the Vietnamese embassy was working with the relevant British agencies to clarify the information. He said that Vietnam always cooperates with law enforcement agencies in Britain and other countries to fight cross-border organized crime, particularly human trafficking. Vietnam has signed bilateral cooperative agreements with Britain and other countries on the reception of illegal immigrants in line with international law.

Mr. Binh announced that US Defense Secretary Ashton Carter will visit Vietnam from May 31 to June 2 at the invitation of Vietnamese Defense Minister Phung Quang Thanh. The two ministers will discuss ways to boost bilateral cooperation and increase mutual understanding between the two countries and their armies as well as regional and global issues of mutual concern.`,
    statements: [
      { quote: "China needs to respect the sovereignty", speaker: "Le Hai Binh" },
      { quote: "the Vietnamese embassy was working with the relevant British", speaker: "Le Hai Binh" },
      { quote: "Vietnam always cooperates with law enforcement", speaker: "Le Hai Binh" },
      { quote: "Mr. Binh announced that US Defense Secretary", speaker: "Le Hai Binh" },
    ],
    setAside: [],
  },
  {
    id: "en-ho3-baonghean-pham-thu-hang-2015",
    url: "https://baonghean.vn/en/print/10065592.html",
    outlet: "Báo Nghệ An (English)",
    published: "2015-01-08",
    language: "en",
    text: `Regular press conference of the Ministry of Foreign Affairs

January 8, 2015 21:11

At the regular press conference of the Ministry of Foreign Affairs on the afternoon of January 8, in Hanoi, Deputy Spokesperson of the Ministry of Foreign Affairs of Vietnam Pham Thu Hang reviewed the main features of the Ministry of Foreign Affairs' foreign affairs activities in 2014 and the direction of work in 2015; announced Vietnam's foreign affairs activities in the coming time and answered reporters' questions on issues of interest to the press.

Phó Phát ngôn Bộ Ngoại giao Việt Nam Phạm Thu Hằng
Deputy Spokesperson of the Ministry of Foreign Affairs of Vietnam Pham Thu Hang

Responding to a question from a VNA reporter asking for Vietnam's stance on the terrorist attack in France on January 7, 2015, Deputy Spokesperson of the Ministry of Foreign Affairs Pham Thu Hang said: Vietnam condemns terrorist activities in all forms and considers the terrorist attack on the Charlie Hebdo editorial office in Paris (France) on January 7, 2015 to be an unacceptable barbaric act. Vietnam would like to express its condolences and sympathies to the French Government, the French people and the families of the victims and believes that the masterminds will soon be appropriately punished. On January 8, 2015, President Truong Tan Sang sent a message of condolences and sympathies to French President Francois Hollande, Prime Minister Nguyen Tan Dung sent a message of condolences and sympathies to French Prime Minister Manuel Valls.

Regarding the case of 136 Vietnamese citizens, after the Malaysian police rescued them at a nightclub on January 3, the Deputy Spokesperson of the Ministry of Foreign Affairs said: Immediately after receiving information about the incident, the Ministry of Foreign Affairs of Vietnam directed the Vietn`,
    statements: [
      { quote: "Vietnam condemns terrorist activities in all forms", speaker: "Pham Thu Hang" },
      { quote: "Vietnam would like to express its condolences", speaker: "Pham Thu Hang" },
      { quote: "Immediately after receiving information about the incident", speaker: "Pham Thu Hang" },
    ],
    setAside: [],
  },
];
