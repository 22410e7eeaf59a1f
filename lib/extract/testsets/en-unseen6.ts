/**
 * Sixth English held-out set (issue 14, fifth round): 6 real articles on the school-leaving exam and on drought
 * and salt in the Mekong Delta (AsiaOne's reprint of Viet Nam News, VIR, Báo Đà Nẵng's English pages, Open
 * Development Mekong's reprint of VNA, The News (Mexico) carrying AP, ReliefWeb's reprint of Viet Nam News;
 * 2014-2020), outlets and topics in no earlier set, collected from the search corpus's stored pages at the start
 * of the fifth round, and annotated in full before the extractor was run on them. Each text is the stored
 * excerpt's opening up to its last whole sentence, scraping faults kept (ReliefWeb's page furniture, a caption
 * line). Annotation as in en-unseen4.ts: every sentence with an attribution that reports what a Vietnamese official
 * said; "X made the statement at ..." and "He said this during ..." count (as in en-last); an uncued sentence only
 * after a connective that continues an attributed one; unnamed "officials", institutions and state media are set
 * aside. Measured once (21:40 UTC, 2026-12-02, commit 2cc96a4, after every fifth-round rule): recall 0.833
 * (30/36), explicit precision 0.941 (16/17), inferred 14/14, no set-aside passage proposed; the base of the round
 * (793c11f) gives the same figures. Not studied.
 */
import type { TestArticle } from "./types";

export const EN_UNSEEN6: TestArticle[] = [
  {
    id: "en-u6-asiaone-nguyen-vinh-hien-exam",
    url: "https://www.asiaone.com/asia/vietnam-minister-advises-high-school-students-stop-worrying",
    outlet: "AsiaOne (Viet Nam News)",
    published: null,
    language: "en",
    text: `Vietnam minister advises high school students to stop worrying

HA NOI (VNS) - The Deputy Minister of Education and Training Nguyen Vinh Hien has advised students to not worry too much about their national high school graduation.

He said this during an online discussion organised by to answer students' queries on the national high school exam.

Exam questions will be the same as last year, but the composition of the question papers would be different, Hien said.

He also said the ministry would draft illustrative exam questions for each subject and publicise them for all students as requested.

Tran Van Nghia, deputy head of the Testing and Accreditation Department under the Ministry of Education and Training, emphasised that exam questions will be based on the high school curriculum, focusing mainly on the 12th grade.

Students would have to answer multiple types of questions. The first type will test high school knowledge and can be answered by average students. The second type of questions would help evaluate students' ability for retaining past lessons. University acceptance will base on the results of the exam, he said.

Exams for high school graduation will have open questions on general knowledge, rather than those learnt by rote. Thus, the exam will distinguish good students from the average ones.

He also said students could consult the previous years' high school graduation exam and university entrance exam, especially those issued for last year.

Deputy Minister Hien said that since the exam questions would be based on the high school curriculum, students shouldn't read too many reference books.

He suggested that students would score high if they had a thorough grasp of their textbooks, reviewed the exam themselves and took help from their teachers.`,
    statements: [
      { quote: "Vietnam minister advises high school students", speaker: "Nguyen Vinh Hien" },
      { quote: "Nguyen Vinh Hien has advised students to not worry", speaker: "Nguyen Vinh Hien" },
      { quote: "He said this during an online discussion", speaker: "Nguyen Vinh Hien" },
      { quote: "composition of the question papers would be different", speaker: "Nguyen Vinh Hien" },
      { quote: "would draft illustrative exam questions", speaker: "Nguyen Vinh Hien" },
      { quote: "Tran Van Nghia, deputy head of the Testing", speaker: "Tran Van Nghia" },
      { quote: "University acceptance will base on the results", speaker: "Tran Van Nghia" },
      { quote: "students could consult the previous years'", speaker: "Tran Van Nghia" },
      { quote: "students shouldn't read too many reference books", speaker: "Nguyen Vinh Hien" },
      { quote: "He suggested that students would score high", speaker: "Nguyen Vinh Hien" },
    ],
    setAside: [],
  },
  {
    id: "en-u6-vir-phung-xuan-nha-exam",
    url: "https://vir.com.vn/no-plan-to-abolish-high-school-graduation-exam-minister-61466.html",
    outlet: "Vietnam Investment Review",
    published: null,
    language: "en",
    text: `Phung Xuan Nha, photo source: Zing.vn |
That was the message from minister Phung Xuan Nha yesterday after one of the biggest cheating scandals in recent years.
Reporting to the Prime Minister Nguyen Xuan Phuc on the second day of the monthly cabinet meeting, Nhạ took his responsibility over what happened in Son La and Ha Giang provinces this year, saying that the ministry would be tough on any violations discovered.
An investigation carried out after mounting public pressure last month discovered that the scores of 330 tests of 114 students in Ha Giang were raised higher than the real results.
It also found evidence of outside interference into the scores of several multiple-choice tests in Son La. Five local education officials were arrested so far.
But the minister said: “We can’t deny the whole exam because of those wrongdoings.”.
Since 2015, Vietnam started merging the high school exit and university entry exams into one, hoping to make test time less stressful for the students.
It was also implemented to ease financial pressures when most of the students had had to travel to big cities like Hanoi and HCM City where the majority of the universities are based, Nha said.
Before the merging decision, there had been different ideas on how to reform the examinations, he said.
Some suggested discarding the high school exam but keeping the university entry one, which was infeasible as it would be against the Law on Education and might even drag down the educational quality bar as the students could graduate without any tests.
Others raised the idea of letting localities in charge of the high school exams, but that was dismissed due to concerns over possible unfairness among localities which tended to run after records and achievements and only a few universities could afford to organise their own exams, Nha said.
The high school graduation-cum-university entrance exam, or commonly called the two-in-one exam, was the best option, he said.`,
    statements: [
      { quote: "That was the message from minister Phung Xuan Nha", speaker: "Phung Xuan Nha" },
      { quote: "the ministry would be tough on any violations", speaker: "Phung Xuan Nha" },
      { quote: "We can’t deny the whole exam", speaker: "Phung Xuan Nha" },
      { quote: "It was also implemented to ease financial pressures", speaker: "Phung Xuan Nha" },
      { quote: "there had been different ideas on how to reform", speaker: "Phung Xuan Nha" },
      { quote: "Others raised the idea of letting localities", speaker: "Phung Xuan Nha" },
      { quote: "was the best option, he said", speaker: "Phung Xuan Nha" },
    ],
    setAside: [],
  },
  {
    id: "en-u6-baodanang-pham-vu-luan-2014",
    url: "https://baodanang.vn/english/education-science/201409/national-assembly-spotlights-exam-reform-2362091",
    outlet: "Báo Đà Nẵng (English)",
    published: "2014-09",
    language: "en",
    text: `National Assembly spotlights exam reform
The upcoming National High Graduation (NHG) exam will be carried out smoothly, said Education Minister Pham Vu Luan yesterday.
He promised that the NHG would be subject to transparency and fairness, as will reforms to university and college entrance processes.
The Education Minister was in the hot seat at a session organized yesterday by the National Assembly Committee for Culture, Education, Youth and Children. The NA members agreed that any changes made to the exam system must not cause confusion to the public, especially millions of students and parents across the country.
Earlier this month, the Education Ministry announced its decision to combine the annual NHG test with the university entrance exam, which will determine if students graduate from high school and qualify for admission to tertiary education at a university, college or vocational training institution.
Minister Luan said his ministry was looking at organizing exam centers for students at provincial and inter-provincial levels. For students that only target graduating from high school, they can attend exam centers at provincial level.
Those who wish to take the exam for university admission can attend inter-provincial centers – facilities that serve students from several provinces.
Minister Luan said the ministry would designate which university can oversee, with the help of ministry inspectors, those inter-provincial centers.
He said this would save cost and time for millions of students who normally have to first take graduation exams at their localities, and then go to major cities for university exam.
Universities and colleges will be told to publicise their plans on how to use the exam results for enrollment before January 1 each year. Under these reforms, universities would have more freedom for determining admission criteria, which can include personal interviews, talent exams, and written essays.`,
    statements: [
      { quote: "will be carried out smoothly, said Education Minister", speaker: "Pham Vu Luan" },
      { quote: "He promised that the NHG would be subject", speaker: "Pham Vu Luan" },
      { quote: "his ministry was looking at organizing exam centers", speaker: "Pham Vu Luan" },
      { quote: "the ministry would designate which university", speaker: "Pham Vu Luan" },
      { quote: "He said this would save cost and time", speaker: "Pham Vu Luan" },
    ],
    setAside: [
      { quote: "The NA members agreed that any changes", reason: "group" },
      { quote: "the Education Ministry announced its decision", reason: "group" },
    ],
  },
  {
    id: "en-u6-odm-nguyen-xuan-cuong-drought-2020",
    url: "https://opendevelopmentmekong.net/news/mekong-delta-effectively-curbs-impacts-of-drought-saline-intrusion/",
    outlet: "Open Development Mekong (VNA)",
    published: "2020-06",
    language: "en",
    text: `Mekong Delta effectively curbs impacts of drought, saline intrusion

The Mekong Delta has experienced the most severe drought and saline intrusion ever in the dry season 2019-2020 but the negative impacts on agricultural production and daily life were minimised significantly thanks to effective measures, a top official has said.

Minister of Agriculture and Rural Development Nguyen Xuan Cuong made the statement at a meeting held in the Mekong Delta province of Long An on June 20 about drought and saline intrusion prevention and control.

He said that thanks to what had been done to fight drought and salinity intrusion in the Mekong Delta, Vietnam could learn good lessons for dealing with the extreme weather in the future.

Cuong applauded the timely forecasting of salinity intrusion that helped agencies and farmers restructure agricultural production to match available water volume.`,
    statements: [
      { quote: "thanks to effective measures, a top official has said", speaker: "Nguyen Xuan Cuong" },
      { quote: "Nguyen Xuan Cuong made the statement at a meeting", speaker: "Nguyen Xuan Cuong" },
      { quote: "Vietnam could learn good lessons", speaker: "Nguyen Xuan Cuong" },
      { quote: "Cuong applauded the timely forecasting", speaker: "Nguyen Xuan Cuong" },
    ],
    setAside: [],
  },
  {
    id: "en-u6-thenews-ap-ma-quang-trung-2016",
    url: "https://thenews.mx/world/vietnam-suffers-drought",
    outlet: "The News (AP)",
    published: null,
    language: "en",
    text: `HANOI, Vietnam – Vietnam’s southern Mekong Delta, the country’s main rice growing region, is experiencing the worst drought and saline intrusion in recent history that has affected more than half a million people, officials said Thursday.
The drought could result in the loss of up to 1 million tons of rice, but is not expected to affect Vietnam’s status as the world’s third largest exporter of grain, said Ma Quang Trung, a department director at the Agriculture Ministry.
Vietnam exports an average 7 million tons a year, behind Thailand and India. Thailand too has been hit hard by the drought.
The water shortage could drive many farmers into poverty, especially if there are no rains between now and the peak of the dry season in late April, Trung said.
He blamed the drought on the El Nino weather phenomenon and excessive construction of more than 10 hydropower dams on the upper stream of the river.
Vietnamese Foreign Ministry spokesman Le Hai Binh told reporters that neighboring China has doubled the amount of water discharged from a dam to help alleviate the crisis.
Binh also said the ministry was working with China and other Mekong River countries toward sustainable use of the river’s resources.
The level of inland saline intrusion was unprecedented, resulting in damage to some 180,000 hectares (444,780 acres) of paddy fields, Trung said.
The government has provided some $1.5 million in aid to farmers in three most affected provinces in the delta, according to state media.`,
    statements: [
      { quote: "could result in the loss of up to 1 million tons", speaker: "Ma Quang Trung" },
      { quote: "could drive many farmers into poverty", speaker: "Ma Quang Trung" },
      { quote: "He blamed the drought on the El Nino", speaker: "Ma Quang Trung" },
      { quote: "Le Hai Binh told reporters that neighboring China", speaker: "Le Hai Binh" },
      { quote: "Binh also said the ministry was working with China", speaker: "Le Hai Binh" },
      { quote: "The level of inland saline intrusion was unprecedented", speaker: "Ma Quang Trung" },
    ],
    setAside: [
      { quote: "affected more than half a million people, officials said", reason: "no_speaker" },
      { quote: "according to state media", reason: "no_speaker" },
    ],
  },
  {
    id: "en-u6-reliefweb-nguyen-xuan-phuc-drought-2016",
    url: "https://reliefweb.int/report/viet-nam/mekong-sees-worst-drought-90-years",
    outlet: "ReliefWeb (Viet Nam News)",
    published: "2016-03",
    language: "en",
    text: `Viet Nam

Mekong sees worst drought in 90 years

News and Press Release
Originally published
View original

HCM CITY (VNS) — Deputy Prime Minister Nguyen Xuan Phuc has ordered relevant ministries and Cuu Long (Mekong) Delta provinces to prioritise the fight against drought and saltwater intrusion which have severely affected agriculture and fisheries and caused a crippling water shortage.

Speaking at a seminar in Can Tho City on Wednesday, he said each province should have a comprehensive and appropriate plan for this and mobilise all resources required to implement it.

"They should ensure that people's livelihoods are not affected, everyone has enough water and food, and diseases do not break out due to the prolonged drought," he said.

The delta, the country's largest rice, fruit and fisheries producer, is facing the worst drought and saltwater intrusion in 90 years though it is not yet the peak of the dry season, according to the Ministry of Agriculture and Rural Development (MARD).

The ongoing El Nino phenomenon caused the rainy season to come late and end earlier last year. This has caused a shortage of fresh water and saltwater intrusion to begin two months earlier then normal.

Saltwater has encroached 40-95km inland up the delta's major rivers, 10-15km further than usual.

In the Hau River, a tributary of the Mekong, saltwater has reached Can Tho City and Vinh Long Province, places that are usually not affected.

Hau Giang Province normally sees saltwater enter only from the West sea, but this year it has also entered from the East Sea.

Tran Cong Chanh, secretary of the Hau Giang Province's Party Committee, said he has ordered the drilling of six bore wells to supply water for farming and household use.

Hau Giang has also built a water pumping station in Long My District to increase supply since the district suffers a severe shortage.`,
    statements: [
      { quote: "Nguyen Xuan Phuc has ordered relevant ministries", speaker: "Nguyen Xuan Phuc" },
      { quote: "each province should have a comprehensive", speaker: "Nguyen Xuan Phuc" },
      { quote: "They should ensure that people's livelihoods", speaker: "Nguyen Xuan Phuc" },
      { quote: "he has ordered the drilling of six bore wells", speaker: "Tran Cong Chanh" },
    ],
    setAside: [
      { quote: "according to the Ministry of Agriculture and Rural Development (MARD)", reason: "group" },
    ],
  },
];
