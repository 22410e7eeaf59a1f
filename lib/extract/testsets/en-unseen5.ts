/**
 * Fifth English held-out set (issue 14, end of the fourth round): 6 real articles on semiconductors, social
 * housing, the courts and innovation (Abachy, NewsChemical, the Phnom Penh Post, HT Syndication's feed of VNA,
 * RFA's blog mirror, vietnam.vn's reprint of the Ministry of Planning and Investment; 2018-2026), outlets and
 * topics in no earlier set, collected from the search corpus's stored pages after the second batch of fourth-round
 * rules was written (en-unseen4 was studied, so it is a dev set), and annotated in full before the extractor was
 * run on them. Each text is the stored excerpt's opening up to its last whole sentence (HT Syndication's own text
 * stops mid-word, and is kept so). Annotation as in en-unseen4.ts; a private person (a lawyer) is set aside.
 * Measured once (16:58 UTC, 2026-12-02, commit 0306dca): recall 0.773 (17/22), explicit precision 0.938 (15/16),
 * inferred 2/6, two set-aside passages proposed; main (dadd27b) on the same set: 0.682 (15/22) / 0.929 (13/14),
 * inferred 2/6, the same two proposed.
 */
import type { TestArticle } from "./types";

export const EN_UNSEEN5: TestArticle[] = [
  {
    id: "en-u5-abachy-tran-hong-ha-chips",
    url: "https://abachy.com/news/vietnam-chip-fab-pilot-may-cost-usd-7bn",
    outlet: "Abachy",
    published: null,
    language: "en",
    text: `Vietnam aims to be a significant player in the global semiconductor industry with a long-term and costly strategy. Deputy Prime Minister Tran Hong Ha emphasized private sector involvement in this phase during a National Assembly session. He expressed confidence in Vietnam's ability to deeply integrate into the global semiconductor industry due to its growing digital economy, strong mathematics base, and advancements in supporting industries.

The government is actively preparing a skilled workforce and promoting domestic and international business growth in the digital economy. Acknowledging challenges of exclusive chip design rights, Vietnam plans to invest in basic sciences and research to enhance industry mastery. Plans include supporting universities and enterprises to establish semiconductor chip centers and enhancing research through science-technology centers and innovation hubs.

Vietnam is currently involved in chip design, packaging, and testing, hosting investments from global manufacturers like Intel, Amkor Technology, and Hana Micron. On top of that, 15 American semiconductor firms are considering an $8 billion investment in Vietnam, pending clear signals on renewable energy development. U.S. Under Secretary of State Jose Fernandez highlighted this interest earlier this year during a visit to Vietnam.`,
    statements: [
      { quote: "Tran Hong Ha emphasized private sector involvement", speaker: "Tran Hong Ha" },
      { quote: "He expressed confidence in Vietnam's ability", speaker: "Tran Hong Ha" },
    ],
    setAside: [{ quote: "Jose Fernandez highlighted this interest", reason: "foreign" }],
  },
  {
    id: "en-u5-newschemical-tran-hong-thai-2024",
    url: "https://newschemical.com/deputy-minister-thai-calls-for-national-and-ministerial-level-research-in-vietnams-semiconductor-chip-industry-to-drive-economic-growth-through-innovation",
    outlet: "NewsChemical",
    published: "2024-04",
    language: "en",
    text: `Deputy Minister Thai Calls for National and Ministerial-Level Research in Vietnam’s Semiconductor Chip Industry to Drive Economic Growth through Innovation

‘Advancing the Promotion of Semiconductor ICs via Research Initiatives’

Deputy Minister of Science and Technology Tran Hong Thai emphasized the need for Vietnam’s semiconductor chip industry to prioritize national and ministerial-level research topics. This was discussed at the conference “Orientation for Scientific and Technological Research and Human Resource Development to Serve Vietnam’s Semiconductor Chip Industry,” organized by the Ministry of Science and Technology in collaboration with Hanoi University of Science and Technology on April 17.

According to Deputy Minister Thai, there is a high demand for human resources in Vietnam’s semiconductor industry, with projections indicating a need for thousands of engineers by 2030. However, the response to this demand is limited, and solutions are needed to develop human resources in semiconductor microchip technology. Many scientists and businesses believe that training and fostering human resources in core technology R&D is essential to creating a strong research center for product development and semiconductor technology.

During the conference, it was highlighted that collaboration and training are crucial in developing human resources and national products in the semiconductor industry. Deputy Minister Thai emphasized the role of Ministries of Education and Training, Planning and Investment, while the Ministry of Science and Technology will provide annual orientations on scientific and technological research related to semiconductor microchips.

In terms of supporting human resource training for the semiconductor chip industry, Deputy Minister Thai mentioned that while the Ministry of Science and Technology cannot provide training funds directly, they can offer support through research projects.`,
    statements: [
      {
        quote: "Deputy Minister Thai Calls for National and Ministerial-Level Research",
        speaker: "Tran Hong Thai",
      },
      { quote: "Tran Hong Thai emphasized the need for Vietnam’s semiconductor", speaker: "Tran Hong Thai" },
      { quote: "there is a high demand for human resources", speaker: "Tran Hong Thai" },
      { quote: "However, the response to this demand is limited", speaker: "Tran Hong Thai" },
      { quote: "Deputy Minister Thai emphasized the role of Ministries", speaker: "Tran Hong Thai" },
      { quote: "Deputy Minister Thai mentioned that while the Ministry", speaker: "Tran Hong Thai" },
    ],
    setAside: [{ quote: "Many scientists and businesses believe", reason: "group" }],
  },
  {
    id: "en-u5-phnompenhpost-trinh-dinh-dung-housing",
    url: "https://m.phnompenhpost.com/post-property/vn-ministry-set-focus-social-housing",
    outlet: "The Phnom Penh Post",
    published: null,
    language: "en",
    text: `VIETNAM’S deputy Prime Minister Trinh Dinh Dung asked the Ministry of Construction to pay attention to the development of social housing projects and homes for low-income earners while enhancing urban management and creating favourable conditions for construction businesses.

Dung was speaking at a conference on Friday to review results achieved by the ministry last year and raise orientations for this year.

Dung said that the market demand for social housing projects remained high while supply was limited, stressing that the ministry needed breakthrough policies to boost social housing development.

The management on urban development, industrial and economic zones must also be enhanced to ensure the appropriateness to the urban housing development programme, Dung said.

In addition, the ministry should focus on coordinating with relevant ministries and agencies to develop solutions for treating ash released by thermo power and fertiliser plants into building materials, Dung said, adding that it was important for environmental protection.

Minister of Construction Pham Hong Ha said that the huge volume of ash released from thermo power and fertiliser production was posing threats to the environment.

Ha said that in January, three ministries, including those of industry and trade, construction and natural resources and environment would meet to develop solutions to promote the use of ash in producing building materials.

Ha also said the Ministry of Construction would develop an action plan to implement the Government’s resolutions about socio-economic development targets and improving the business environment and national competitiveness.

According to Deputy Minister of Construction Le Quang Hung, the sector had a good year last year.

The ministry’s report pointed out that the production value of the construction sector grew 9.2 per cent last year, meeting the target set for the full year and contributing significantly to socio-economic development.`,
    statements: [
      {
        quote: "Trinh Dinh Dung asked the Ministry of Construction to pay attention",
        speaker: "Trinh Dinh Dung",
      },
      { quote: "the market demand for social housing projects remained high", speaker: "Trinh Dinh Dung" },
      {
        quote: "The management on urban development, industrial and economic zones",
        speaker: "Trinh Dinh Dung",
      },
      {
        quote: "the ministry should focus on coordinating with relevant ministries",
        speaker: "Trinh Dinh Dung",
      },
      { quote: "the huge volume of ash released from thermo power", speaker: "Pham Hong Ha" },
      { quote: "Ha said that in January, three ministries", speaker: "Pham Hong Ha" },
      { quote: "Ha also said the Ministry of Construction would develop", speaker: "Pham Hong Ha" },
      { quote: "the sector had a good year last year", speaker: "Le Quang Hung" },
    ],
    setAside: [{ quote: "The ministry’s report pointed out", reason: "group" }],
  },
  {
    id: "en-u5-htsyndication-luong-cuong-2026",
    url: "https://www.htsyndication.com/vietnam-news-agency/article/state-president-appoints-two-deputy-chief-justices/96410390",
    outlet: "HT Syndication (VNA)",
    published: "2026-01-07",
    language: "en",
    text: `Hanoi, Jan. 7 -- State President Luong Cuong chaired a ceremony in Hanoi on January 7 to hand over appointment decisions naming Supreme People's Court judges Le Tien and Nguyen Bien Thuy as deputy chief justices of the country's top judicial body.
President Cuong described the appointees as highly trained legal experts with strong qualifications who have advanced through the ranks while accumulating substantial hands-on experience in the judicial system.
To succeed in their elevated positions, he called on them to strictly adhere to the Constitution and laws, collaborate closely with the Supreme People's Court's leaders and the broader judicial system to advance its core mission of safeguarding justice, protecting human and citizen righ...
Click here to read full article from source
To read the full article or to get the complete feed from this publication, please
Contact Us.`,
    statements: [
      { quote: "President Cuong described the appointees", speaker: "Luong Cuong" },
      { quote: "he called on them to strictly adhere to the Constitution", speaker: "Luong Cuong" },
    ],
    setAside: [],
  },
  {
    id: "en-u5-rfa-ngo-van-nhan-judges-2021",
    url: "https://d2bn5col3z2wnp.cloudfront.net/blog/2021/01/10/lifelong-judges-fit-one-party-political-regime",
    outlet: "RFA (blog mirror)",
    published: "2021-01-10",
    language: "en",
    text: `On December 14, 2020, the Supreme People’s Court in collaboration with the European Union (EU) and the UN Development Program (UNDP) organized a consultation workshop on the draft evaluation report five years of implementing the 2014 Law on Organization of the People’s Courts.
According to Article 74 of the current law, the first term of the judge is five years; In case of reappointment or reappointment to another judge rank, the next term of office is 10 years.
The draft proposed amendment towards a lifelong appointment to create conditions for judges to improve experience and trial skills.
Lawyer Dang Dinh Manh stated his views through the Facebook messenger application with RFA on this:
“I strongly agree with the proposal to appoint judges for life as one of the judicial reform measures in Vietnam, towards ensuring the independence of judges.
However, it is still to be understood that it is not enough within this scope, but synchronous reform measures must be taken.
These include: Abolishing the illegal mechanisms that are deeply interfering with the judges’ decisions such as the direction of the Internal Affairs Committee, the party agency, and the review meeting; Ensure that material treatment is worthy so that the judge no longer preoccupies the concern with rice, clothes, rice, money that dominates their lives, dominates their judicial decisions; and forbidden to join political parties.
This helps judges make objective decisions, only obey the law, not be affected, and governed by political party interests.”
At the seminar, Deputy Director of the Legal Department, Supreme People’s Court Ngo Van Nhan agreed with the proposal to appoint a lifelong judge, but first of all, it applied to the judges of the Supreme People’s Court because they are approved by the National Assembly and appointed by the state president.`,
    statements: [
      { quote: "Ngo Van Nhan agreed with the proposal to appoint a lifelong judge", speaker: "Ngo Van Nhan" },
    ],
    setAside: [
      { quote: "The draft proposed amendment towards a lifelong appointment", reason: "group" },
      { quote: "Lawyer Dang Dinh Manh stated his views", reason: "no_speaker" },
      { quote: "I strongly agree with the proposal to appoint judges for life", reason: "no_speaker" },
    ],
  },
  {
    id: "en-u5-vietnamvn-nguyen-chi-dung-2025",
    url: "https://www.vietnam.vn/en/gop-phan-thuc-day-khoa-hoc-cong-nghe-doi-moi-sang-tao-cua-viet-nam-trong-ky-nguyen-moi",
    outlet: "vietnam.vn (Ministry of Planning and Investment)",
    published: "2025-01-20",
    language: "en",
    text: `(MPI) – Speaking at the meeting and working session with the Vietnam Innovation Network and Vietnamese experts in Europe, Minister of Planning and Investment Nguyen Chi Dung highly appreciated the Network members and experts who have made many positive contributions to Vietnam's innovation activities in recent times, especially their contributions to the development of the National Innovation Center. The Network's experts will be the core force, actively contributing to promoting Vietnam's science, technology and innovation in the new era - the era of national development.
| Minister Nguyen Chi Dung shared at the working session with the Vietnam Innovation Network and Vietnamese experts in Europe. Photo: Chinhphu.vn |
The meeting took place on the afternoon of January 19, 2025 local time, during the official visit to the Czech Republic, in Prague by Prime Minister Pham Minh Chinh . Attending the meeting were experts, intellectuals, and members of the Vietnam Innovation Network in Europe and the Czech Republic.
On behalf of the Ministry of Planning and Investment, the founding and sponsoring agency of the Vietnam Innovation Network, Minister Nguyen Chi Dung thanked Prime Minister Pham Minh Chinh for taking the time to work with the Vietnam Innovation Network in Europe and the Czech Republic. This is an important milestone for the Vietnam Innovation Network in Europe when for the first time the Prime Minister chaired a meeting, exchanged, listened to the aspirations and suggestions from the members of the Network.
On this occasion, Minister Nguyen Chi Dung shared some orientations, viewpoints and the situation of science and technology development, innovation and development of breakthrough industries such as semiconductors and artificial intelligence in Vietnam.`,
    statements: [
      { quote: "Nguyen Chi Dung highly appreciated the Network members", speaker: "Nguyen Chi Dung" },
      {
        quote: "Minister Nguyen Chi Dung thanked Prime Minister Pham Minh Chinh",
        speaker: "Nguyen Chi Dung",
      },
      { quote: "Minister Nguyen Chi Dung shared some orientations", speaker: "Nguyen Chi Dung" },
    ],
    setAside: [],
  },
];
