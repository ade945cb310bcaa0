"""Casualty counts (issue #7), stop 62: wire-style sentences of our own, written to
anticipate unseen news rather than any gold item: tolls in headlines and datelines,
updated and disputed tolls, ranges and vague words, bodies found, later deaths, wounded
attackers, two sides' dead, separate and earlier incidents, accidents, figurative
"killed", and numbers of other things beside the toll. Counts follow the conventions
of benchmarks/gold/casualties/README.md."""

from __future__ import annotations

import pytest

from conftest import casualty_counts

pytestmark = pytest.mark.model


def _masked_counts(text: str) -> tuple[int | None, int | None]:
    """Return the (killed, injured) values for a text with its dateline masked, as the
    pipeline reads it."""
    from flashpoint.nlp import mask_datelines

    return casualty_counts(mask_datelines(text))


# constructions the extractor missed before stop 62
FIXED = [
    (
        (
            "A police officer shot during a robbery in Lagos on Friday died of his wounds on "
            "Sunday, police said."
        ),
        1,
        None,
    ),
    (
        (
            "Police arrested four men on Tuesday in connection with last month's bombing of a "
            "bus station in Quetta, which killed 27 people."
        ),
        None,
        None,
    ),
    (
        (
            "Twin blasts hit a market in Maiduguri on Sunday. The first killed nine people "
            "and the second, minutes later, killed four, a rescue official said."
        ),
        13,
        None,
    ),
    (
        (
            "A man who stabbed three people at a bus stop in Leeds was shot and wounded by a "
            "police officer, police said."
        ),
        None,
        4,
    ),
    (
        (
            "A bomb killed two policemen in Mosul on Monday. In a separate attack in Kirkuk, "
            "two other policemen were wounded."
        ),
        2,
        None,
    ),
    (
        (
            "Police said the gunman, who was shot dead by officers, had killed five people at "
            "the shopping centre."
        ),
        6,
        None,
    ),
    ("Six people were killed in the attack, a figure later revised to eight.", 8, None),
    (
        (
            "Pakistan's military said 11 soldiers were martyred and 17 terrorists sent to "
            "hell in an operation in North Waziristan."
        ),
        28,
        None,
    ),
    (
        (
            "The strike killed Hezbollah commander Ali Hassan and two of his aides, Lebanese "
            "security sources said."
        ),
        3,
        None,
    ),
    ("Killed in the attack were a police inspector and two constables.", 3, None),
    (
        (
            "A shooting at a university in Perm killed six people and injured 24 others, "
            "investigators said. The gunman was wounded and detained."
        ),
        6,
        25,
    ),
    (
        ("Two bombs exploded in Jos, killing nine and four people respectively, police said."),
        13,
        None,
    ),
    (
        (
            "Police said 42 people were killed in the prison riot, a figure that human rights "
            "groups dispute, saying more than 60 died."
        ),
        42,
        None,
    ),
    (
        ("At least 70 people were feared dead after a boat carrying migrants capsized off Libya."),
        None,
        None,
    ),
    (
        (
            "Last year's attack on the same market killed 40 people. On Tuesday, a bomb there "
            "wounded six traders, police said."
        ),
        None,
        6,
    ),
    (
        (
            "Gunmen killed three people on Sunday in the same village where 20 were massacred "
            "in March, residents said."
        ),
        3,
        None,
    ),
    (
        (
            "Two bombs hit the city within an hour: one killed nine people at a market and "
            "the other killed four at a bus stop, police said."
        ),
        13,
        None,
    ),
    (
        (
            "Five people were killed and 12 injured in the first blast; a second bomb, half "
            "an hour later, killed three more and injured nine."
        ),
        8,
        21,
    ),
    (
        ("Police said eight people were killed, but residents put the toll at more than 20."),
        8,
        None,
    ),
    (
        (
            "Militants attacked an army base in Gao on Monday, wounding three soldiers. In "
            "March, an attack on the same base killed 12 soldiers."
        ),
        None,
        3,
    ),
    (
        (
            "Thirteen people were killed on Monday, bringing the number of people killed in "
            "the week-long unrest to 57."
        ),
        13,
        None,
    ),
    ("Nobody was killed in the attack, though a guard suffered a broken arm.", 0, 1),
    ("The blast killed two and left 16 others with injuries.", 2, 16),
    ("The death toll has now passed 100, the ministry said.", 100, None),
    (
        (
            "Two soldiers succumbed to their injuries in hospital, taking the number of "
            "troops killed in the ambush to nine."
        ),
        9,
        None,
    ),
    (
        (
            "At least two people were killed and seven injured when a gas cylinder exploded "
            "in a restaurant in Lahore."
        ),
        None,
        None,
    ),
    (
        (
            "Thousands marched in Srebrenica to remember the 8,000 Muslim men and boys killed "
            "in 1995."
        ),
        None,
        None,
    ),
    ("The video game lets players kill up to 50 enemies in a single mission.", None, None),
    ("The two sides agreed a ceasefire after four days of clashes that killed dozens.", None, None),
    ("A lightning strike killed four farmers in Bihar on Tuesday.", None, None),
    (
        (
            "Eight people were killed and 20 injured when a truck rammed into a wedding "
            "procession in Rajasthan, police said, adding that the driver was drunk."
        ),
        None,
        None,
    ),
    (
        ("Clashes in the city killed more than a dozen people and injured scores, residents said."),
        12,
        20,
    ),
    ("Gunmen fired on a wedding party, killing the groom, his father and three guests.", 5, None),
]

# beside the constructions above, cases that must still read the other way
CONTRASTS = [
    (
        (
            "Police said the gunman, who was arrested at the scene, had killed five people at "
            "the shopping centre."
        ),
        5,
        None,
    ),
    ("Six people were killed in the attack, a figure that officials said could rise.", 6, None),
    ("Police said eight people were killed, and residents later put the toll at 11.", 11, None),
    (
        (
            "The army initially said nine people had died, but hospital officials later put "
            "the toll at 12."
        ),
        12,
        None,
    ),
    (
        (
            "Gunmen killed three people on Sunday in a village where residents had fled in "
            "March, officials said."
        ),
        3,
        None,
    ),
    (
        (
            "A bomb killed two policemen in Mosul on Monday. Two other policemen were wounded "
            "in the blast."
        ),
        2,
        2,
    ),
    (
        (
            "A mob doused two men accused of theft in petrol and set them alight in a market "
            "in Kano, police said."
        ),
        2,
        None,
    ),
    ("Rioters looted 12 shops and set them alight in the market, police said.", None, None),
    (
        (
            "Four people were wounded in the shooting. The suspect, who was wounded by "
            "police, was arrested."
        ),
        None,
        5,
    ),
    (
        (
            "Four people were wounded in the shooting. The suspect, who was later arrested, "
            "fled in a car."
        ),
        None,
        4,
    ),
    (
        ("The death toll from the market bombing has now passed 30, the health ministry said."),
        30,
        None,
    ),
    ("Two bombs exploded in Jos, killing nine people, police said.", 9, None),
    (
        (
            "Militants said 20 of their fighters were killed in the raid, but the army said "
            "it had killed 35."
        ),
        20,
        None,
    ),
    (
        (
            "The 2024 bombing, which killed 40 people, was the deadliest in the city's "
            "history, officials said on Tuesday as they unveiled a memorial."
        ),
        None,
        None,
    ),
    ("Separately, police in the capital said two men were shot dead overnight.", 2, None),
    (
        (
            "A car bomb killed four soldiers in Mogadishu. Separately, gunmen shot dead a "
            "district official in Baidoa."
        ),
        4,
        None,
    ),
    (
        (
            "Gunmen stormed a hotel and killed twelve guests. Twelve others, including a "
            "police officer, were rescued."
        ),
        12,
        None,
    ),
]

# a spread of wire phrasing it already read right, kept as a guard
WIRE = [
    (
        (
            "SUICIDE BOMBER KILLS 14 AT KANDAHAR MOSQUE\nA suicide bomber struck a mosque in "
            "Kandahar during Friday prayers, killing 14 worshippers and wounding 32, a "
            "provincial spokesman said."
        ),
        14,
        32,
    ),
    (
        (
            "Gunmen Kill Seven in Attack on Bar in Celaya\nGunmen opened fire inside a bar in "
            "the central Mexican city of Celaya late on Saturday, the state prosecutor's "
            "office said."
        ),
        7,
        None,
    ),
    (
        (
            "A car bomb exploded at a checkpoint in Mogadishu on Sunday, killing 19 people "
            "and wounding more than 40. By Monday the toll had climbed to 26, a government "
            "spokesman said."
        ),
        26,
        40,
    ),
    (
        (
            "Authorities revised the death toll from the market bombing in Peshawar down to "
            "nine from 13, saying some bodies had been counted twice. Twenty-two people were "
            "wounded."
        ),
        9,
        22,
    ),
    (
        (
            "A gun attack on a minibus in Kenya's Lamu county left four passengers dead and "
            "two others wounded, police said."
        ),
        4,
        2,
    ),
    (
        (
            "The landmine blast, which claimed three lives, happened on a dirt road outside "
            "Kidal, the army said."
        ),
        3,
        None,
    ),
    (
        (
            "An air strike on a house in Idlib killed eight people, including five children, "
            "rescuers said."
        ),
        8,
        None,
    ),
    (
        (
            "Between 12 and 15 people were killed when gunmen stormed a wedding party in "
            "Zamfara state, residents said."
        ),
        12,
        None,
    ),
    (
        (
            "Dozens of people were wounded when police fired tear gas and rubber bullets at "
            "protesters in Nairobi on Tuesday."
        ),
        None,
        12,
    ),
    (
        (
            "More than a hundred people were injured in clashes between rival party "
            "supporters in Dhaka on Saturday, police said."
        ),
        None,
        100,
    ),
    (
        (
            "Scores of villagers were killed in the raid on Yelwata overnight, a local "
            "official said."
        ),
        20,
        None,
    ),
    (
        (
            "At least 23 soldiers were killed in an ambush in northern Burkina Faso, security "
            "sources said."
        ),
        23,
        None,
    ),
    (
        (
            "Up to 40 people may have died in the attack on the displacement camp, a UN "
            "official said."
        ),
        40,
        None,
    ),
    (
        (
            "The bodies of six men abducted last week were found dumped on a roadside outside "
            "Culiacan on Wednesday, prosecutors said."
        ),
        6,
        None,
    ),
    (
        (
            "A bomb tore through a bus in Quetta on Monday, killing 15 people. Two more "
            "victims died of their wounds overnight, raising the toll to 17, hospital "
            "officials said."
        ),
        17,
        None,
    ),
    (
        (
            "Gunmen shot dead two guards at a bank in Karachi and a third was in critical "
            "condition, police said."
        ),
        2,
        1,
    ),
    (
        (
            "The knife attack at a train station in Hamburg left 10 people injured, four of "
            "them seriously; three were treated and released, police said."
        ),
        None,
        10,
    ),
    (
        (
            "Three fishermen were killed and five others were missing after a navy patrol "
            "boat opened fire on their boat, the fishermen's association said."
        ),
        3,
        None,
    ),
    (
        (
            "Four policemen and three attackers were killed in a gunfight at a checkpoint in "
            "Dera Ismail Khan, officials said."
        ),
        7,
        None,
    ),
    ("Three soldiers and five militants died in the clash in Kupwara, the army said.", 8, None),
    (
        (
            "A bomb exploded outside a school in Quetta on Tuesday, wounding three pupils. "
            "The city has been on alert since a bus station bombing last month killed 27 "
            "people."
        ),
        None,
        3,
    ),
    (
        "Cholera has killed 42 people in Borno state since August, health officials said.",
        None,
        None,
    ),
    (
        (
            "Eleven people were killed when a bus collided with a lorry on the highway near "
            "Multan, police said."
        ),
        None,
        None,
    ),
    (
        ("The senator's amendment killed the bill in committee on Thursday by 11 votes to 9."),
        None,
        None,
    ),
    (
        (
            "Gunmen torched 14 vehicles and killed three drivers on the Kano-Maiduguri "
            "highway, police said."
        ),
        3,
        None,
    ),
    (
        (
            "Attackers burned 40 houses and killed nine villagers in the raid on Gidan Kara, "
            "residents said."
        ),
        9,
        None,
    ),
    (
        (
            "A 17-year-old boy and his 65-year-old grandmother were killed when a shell hit "
            "their house in Kherson, the regional governor said."
        ),
        2,
        None,
    ),
    (
        (
            "The blast went off at 8:15 a.m. near Gate 3 of the stadium, killing two police "
            "officers and wounding six spectators."
        ),
        2,
        6,
    ),
    (
        (
            "Twenty-seven people were killed and forty-one wounded in the bombing, the health "
            "ministry said."
        ),
        27,
        41,
    ),
    (
        ("A dozen worshippers were wounded when a grenade was thrown into a church in Kasese."),
        None,
        12,
    ),
    (
        (
            "Half a dozen soldiers were killed when their convoy hit a roadside bomb in "
            "northern Sinai."
        ),
        6,
        None,
    ),
    (
        (
            "A mob beat two suspected thieves and set them alight in Port Harcourt, killing "
            "both, police said."
        ),
        2,
        None,
    ),
    (
        (
            "Gunmen killed a village chief in Kasai on Sunday, local officials said. Earlier "
            "this year, 15 people were killed in an attack on the same village."
        ),
        1,
        None,
    ),
    (
        ("The army revised its toll from the ambush down to 11 dead from 14 reported earlier."),
        11,
        None,
    ),
    (
        (
            "The number of people killed in the clashes in Tripoli climbed to 32 on "
            "Wednesday, with 150 wounded, the health ministry said."
        ),
        32,
        150,
    ),
    (
        ("At least 60 people were killed or wounded in the shelling of the town, the mayor said."),
        None,
        None,
    ),
    (
        (
            "More than 30 people were hurt when a car ploughed into a crowd at a carnival in "
            "Liverpool in what police called a deliberate attack."
        ),
        None,
        30,
    ),
    (
        (
            "A grenade was thrown at a police station in Srinagar on Monday night. No one was "
            "hurt, police said."
        ),
        0,
        0,
    ),
    (
        (
            "A rocket hit an empty field near Erbil airport late on Tuesday. No casualties "
            "were reported."
        ),
        None,
        None,
    ),
    (
        (
            "A suicide bomber blew himself up at a checkpoint in Bannu, killing four "
            "soldiers, the army said."
        ),
        5,
        None,
    ),
    ("The ambush claimed the lives of eleven rangers, the wildlife service said.", 11, None),
    (
        (
            "Gunmen stormed a school in Kasese overnight. The dead included two teachers and "
            "a nurse, officials said."
        ),
        3,
        None,
    ),
    (
        (
            "Five militants were killed in the gunfight, police said. Two policemen were also "
            "injured."
        ),
        5,
        2,
    ),
    (
        (
            "Seven people were taken to hospital with gunshot wounds after a shooting at a "
            "nightclub in Malmo."
        ),
        None,
        7,
    ),
    ("The 42nd Brigade said its troops killed 15 fighters near the village.", 15, None),
    (
        (
            "Robbers killed a security guard and wounded two cashiers during a 3 million rand "
            "heist in Johannesburg."
        ),
        1,
        2,
    ),
    (
        ("The bus was ambushed 30 km north of Gao, killing seven passengers, the army said."),
        7,
        None,
    ),
    (
        (
            "Survivors of the 2019 Easter bombings, which killed 269 people, marched in "
            "Colombo on Sunday."
        ),
        None,
        None,
    ),
    (
        (
            "NIGERIA: 12 DEAD IN ATTACK ON VILLAGE\nGunmen on motorbikes attacked a village in "
            "Katsina state, residents said."
        ),
        12,
        None,
    ),
    (
        ("Nearly two dozen people were wounded when a bomb went off near a bus stop in Bujumbura."),
        None,
        24,
    ),
    (
        ("A handful of police officers suffered minor injuries during the clashes, police said."),
        None,
        3,
    ),
    (
        (
            "Two people died on the spot and three more died later in hospital after gunmen "
            "opened fire on a bus in Ayacucho."
        ),
        5,
        None,
    ),
    ("A mob beat a man to death in Bihar on suspicion of cattle theft, police said.", 1, None),
    ("Police shot dead three protesters in Nairobi, a rights group said.", 3, None),
    (
        (
            "'We have received 14 bodies and 27 wounded,' a doctor at the hospital said after "
            "the strike."
        ),
        14,
        27,
    ),
    ("Officials said the foiled plot could have killed hundreds of people.", None, None),
    ("The militants fired 12 rockets at the base, wounding two soldiers.", None, 2),
    ("Gunmen attacked a bus carrying 14 passengers near Kidal, killing two of them.", 2, None),
    ("Raiders killed 30 cattle and two herders in the attack near Bor, officials said.", 2, None),
    (
        ("Hundreds were injured in the clashes with police in Tbilisi, the health ministry said."),
        None,
        100,
    ),
    (
        ("Some 2,000 people fled their homes after the attack, which killed four villagers."),
        4,
        None,
    ),
    ("Up to a dozen people were hurt when the grenade exploded, witnesses said.", None, 12),
    ("The ministry later raised the toll from the strike on the market to 41.", 41, None),
    ("At least 5 people were killed and 12 others injured in the blast, police said.", 5, 12),
    ("Six people, among them two police officers, died in the attack.", 6, None),
    ("Thirty-one people were killed in the bombing, the army said.", 31, None),
    ("One hundred and twenty people were wounded in the protests, the ministry said.", None, 120),
    ("Police detained 100 people after the riot.", None, None),
    ("A soldier was killed and another was injured when militants fired on a patrol.", 1, 1),
    ("The attack left two dead, officials said.", 2, None),
    ("Police reported four fatalities and 11 injuries after the shooting.", 4, 11),
    ("Arsenal killed off the game with a second goal in the 78th minute.", None, None),
    ("Gunmen opened fire on worshippers, injuring 12, three of them critically.", None, 12),
    (
        (
            "Three soldiers were killed and 11 wounded when their vehicle hit a mine; five "
            "civilians were also hurt."
        ),
        3,
        16,
    ),
    (
        (
            "The attack on the convoy killed four soldiers, the army said, while the "
            "insurgents lost 20 men."
        ),
        24,
        None,
    ),
    (
        (
            "The death toll from Thursday's twin suicide bombings in Baghdad rose to 38 on "
            "Friday, police and medics said, making it the deadliest attack in the capital in "
            "three years."
        ),
        38,
        None,
    ),
    (
        (
            "At least nine people, including a policeman, were killed on Tuesday when "
            "suspected separatist fighters attacked a market in Cameroon's Northwest region, "
            "a local official told AFP."
        ),
        9,
        None,
    ),
    (
        (
            "Russian missile and drone attacks on Kyiv killed two people and injured 14 "
            "others, city officials said, in the second major assault on the capital this "
            "week."
        ),
        2,
        14,
    ),
    (
        (
            "The toll in the Kurram clashes has reached 64 dead and more than 100 wounded, a "
            "senior official said on the fifth day of fighting."
        ),
        64,
        100,
    ),
    (
        (
            "Gunmen on Sunday killed 13 people, among them four children, in an attack on a "
            "village in Plateau state, a community leader said, days after a similar raid "
            "left 20 dead nearby."
        ),
        13,
        None,
    ),
    (
        (
            "A Ukrainian drone struck a bus in the Russian-held city of Horlivka, killing the "
            "driver and wounding eight passengers, the Moscow-installed mayor said."
        ),
        1,
        8,
    ),
    (
        (
            "A Pakistani soldier was killed and two were wounded in an exchange of fire with "
            "Afghan Taliban forces along the border."
        ),
        1,
        2,
    ),
    (
        (
            "Two police officers were shot dead and a third was wounded in an ambush near "
            "Chilpancingo, state authorities said."
        ),
        2,
        1,
    ),
    (
        (
            "Nine members of the same family, among them five children aged between 2 and 12, "
            "were killed in the strike."
        ),
        9,
        None,
    ),
    (
        (
            "The bomb, hidden in a motorcycle, went off near a police van, killing a "
            "constable and injuring 3 passers-by."
        ),
        1,
        3,
    ),
    (
        (
            "Fighting between Nuer and Dinka youth in Jonglei state left at least 17 people "
            "dead and 23 injured, the county commissioner said on Saturday."
        ),
        17,
        23,
    ),
    (
        (
            "Four people died and 40 were hospitalised after police fired live rounds at "
            "protesters in Maputo, a doctors' association said."
        ),
        4,
        40,
    ),
    (
        (
            "Initial reports said 20 people had died in the shooting, but police later put "
            "the toll at 14."
        ),
        14,
        None,
    ),
    ("The attackers killed five people and kidnapped 30 others, residents said.", 5, None),
    (
        (
            "An explosion at a fuel depot in Sevastopol caused by a drone attack injured "
            "three workers, the governor said."
        ),
        None,
        3,
    ),
    (
        ("An explosion at a fireworks factory in Sivakasi killed eight workers, police said."),
        None,
        None,
    ),
    ("Floods killed 34 people in Kerala this week, officials said.", None, None),
    (
        (
            "The three-day offensive killed 120 militants, the military claimed, a figure "
            "that could not be independently verified."
        ),
        120,
        None,
    ),
    (
        (
            "A policeman was killed and another critically injured when gunmen fired on their "
            "checkpoint."
        ),
        1,
        1,
    ),
    ("The blast wounded 27 people, six of whom later died in hospital.", 6, 21),
    ("A security guard was hurt in the attack, but no one was killed, police said.", 0, 1),
    (
        (
            "Dozens were feared dead after gunmen attacked the village; by Monday authorities "
            "had confirmed nine bodies."
        ),
        9,
        None,
    ),
    (
        ("Sixty-two people were killed in attacks on three villages in Ituri, a UN source said."),
        62,
        None,
    ),
    (
        (
            "Fourteen soldiers died in the ambush, bringing to 63 the number of troops killed "
            "this year."
        ),
        14,
        None,
    ),
    (
        (
            "Seven people were killed and scores injured when a passenger train was bombed in "
            "Balochistan."
        ),
        7,
        20,
    ),
    (
        (
            "At least 150 people were killed in the RSF assault on the town, activists said, "
            "while the army put the toll at 87."
        ),
        87,
        None,
    ),
    (
        ("Gunmen killed a Chinese national and his Pakistani driver in Karachi on Wednesday."),
        2,
        None,
    ),
    (
        (
            "A teenager was stabbed to death and two of his friends were injured in a fight "
            "outside a school in Croydon."
        ),
        1,
        2,
    ),
    (
        (
            "The blast in Kabul's Dasht-e-Barchi neighbourhood killed a teacher and four "
            "students and wounded 12 others, a Taliban spokesman said."
        ),
        5,
        12,
    ),
    ("Twelve people died: eight soldiers, three civilians and one of the attackers.", 12, None),
    (
        (
            "The toll from the attack stands at 21 dead and 45 wounded, said the interior "
            "minister, adding that it could rise."
        ),
        21,
        45,
    ),
    ("Rebels shot down an army helicopter, killing all five crew.", 5, None),
    (
        ("Three days of ethnic clashes in Manipur have left 54 people dead, officials said."),
        54,
        None,
    ),
    ("More than 1,000 people have died in fighting in Sudan since April, the UN said.", None, None),
    (
        (
            "Security forces killed 3 suspected militants in a raid at 3 a.m. on Block 7 of "
            "the camp."
        ),
        3,
        None,
    ),
    ("Among the dead were 4 children, a hospital official said.", 4, None),
    (
        (
            "Six miners were killed when gunmen attacked a gold mine near Bambari; another "
            "four were hurt."
        ),
        6,
        4,
    ),
    (
        (
            "Police said 17 people had been treated for injuries, including three officers, "
            "after the riot."
        ),
        None,
        17,
    ),
    (
        (
            "Attack kills 5 policemen in Egypt's Sinai\nMilitants attacked a checkpoint in "
            "northern Sinai on Friday, security sources said."
        ),
        5,
        None,
    ),
    (
        (
            "Two killed, 9 hurt in Karachi grenade attack\nA grenade was hurled at a tea stall "
            "in Karachi on Sunday evening."
        ),
        2,
        9,
    ),
    ("Gunmen killed at least a dozen people in the attack on the market.", 12, None),
    (
        (
            "A mortar round hit a schoolyard in Mogadishu, killing a boy aged 9 and wounding "
            "2 classmates."
        ),
        1,
        2,
    ),
    (
        (
            "Gunmen killed four people in a bar in Cali on Friday, the second such attack in "
            "a week, police said."
        ),
        4,
        None,
    ),
    (
        (
            "The strike on the apartment block killed 18 people, among them 5 children, and "
            "wounded 60, according to the emergency service."
        ),
        18,
        60,
    ),
    (
        (
            "The victims, aged 19 to 45, were shot at close range, police said. Five died at "
            "the scene and one in hospital."
        ),
        6,
        None,
    ),
    (
        (
            "A court in Dhaka sentenced seven men to death for the 2016 cafe attack that "
            "killed 22 people."
        ),
        None,
        None,
    ),
    ("Protesters burned 12 buses and police said 41 officers were hurt.", None, 41),
    (
        (
            "Clashes between herders and farmers killed 21 people in Benue over the weekend, "
            "police said. Another 9 were injured."
        ),
        21,
        9,
    ),
    (
        (
            "At least three people were killed and about 20 wounded when a bomb went off at a "
            "rally in Bajaur, a police official said."
        ),
        3,
        20,
    ),
    ("The air raid killed 11 people, mostly women and children, medics said.", 11, None),
    (
        (
            "Police said 2 officers and 1 civilian had been killed in the shootout, which "
            "lasted 4 hours."
        ),
        3,
        None,
    ),
    (
        ("The blast killed the bomber and three police officers at the gate, a spokesman said."),
        4,
        None,
    ),
    (
        (
            "Gunmen on motorbikes killed 8 worshippers at a mosque in Niger's Tillaberi "
            "region, the interior ministry said. Five more were wounded."
        ),
        8,
        5,
    ),
    (
        (
            "A woman was killed and her two daughters injured when a drone hit their home in "
            "Kharkiv, the governor said."
        ),
        1,
        2,
    ),
    (
        (
            "Soldiers shot dead a man who tried to ram a checkpoint with his car near Hebron, "
            "the army said. No soldiers were hurt."
        ),
        1,
        None,
    ),
    (
        (
            "The strikes killed 27 Palestinians across the Gaza Strip overnight, according to "
            "the territory's civil defence agency."
        ),
        27,
        None,
    ),
    (
        (
            "The explosion killed one worker and injured four, in what police described as an "
            "act of sabotage."
        ),
        1,
        4,
    ),
    (
        (
            "Over 50 people were killed and at least 200 hurt in the attack on the concert "
            "hall, officials said."
        ),
        50,
        200,
    ),
    (
        (
            "At least two dozen people were killed when jihadists attacked a church in "
            "northern Burkina Faso during Sunday mass."
        ),
        24,
        None,
    ),
    (
        (
            "The death toll from a suicide bombing at a wedding in Kabul has risen to 63, the "
            "interior ministry said on Sunday, with 182 people wounded."
        ),
        63,
        182,
    ),
    (
        (
            "Officials initially said 14 people had died, but revised the figure down to 11 "
            "after discovering duplicate entries."
        ),
        11,
        None,
    ),
    ("The attack left scores of people injured and at least 10 dead, residents said.", 10, 20),
    (
        (
            "Bandits killed 18 villagers in Zamfara on Thursday night, and the bodies of "
            "three more were found in the bush on Friday, police said."
        ),
        21,
        None,
    ),
    ("The strike killed 15 people, including a local commander and his two sons.", 15, None),
    (
        (
            "A man was killed and his wife was seriously injured when gunmen sprayed their "
            "car with bullets on the outskirts of Port-au-Prince."
        ),
        1,
        1,
    ),
    (
        (
            "Eight people were killed in clashes between two rival clans over grazing land in "
            "central Somalia, elders said."
        ),
        8,
        None,
    ),
    (
        (
            "Three people died of gunshot wounds after security forces opened fire on "
            "demonstrators in Conakry, a hospital source said."
        ),
        3,
        None,
    ),
    (
        (
            "Protesters clashed with police in Karachi; 17 people, including six police "
            "officers, were injured."
        ),
        None,
        17,
    ),
    (
        (
            "An unidentified gunman shot dead a journalist outside his home in Sindh "
            "province, police said."
        ),
        1,
        None,
    ),
    (
        (
            "Rebels attacked an army post near Beni overnight, killing four soldiers. The "
            "army said 11 rebels were killed in the fighting."
        ),
        15,
        None,
    ),
    (
        ("The blast shattered windows across three streets but caused no casualties, police said."),
        None,
        None,
    ),
    (
        (
            "The attack was the deadliest in the region since 2019, when 157 people were "
            "killed in a single raid."
        ),
        None,
        None,
    ),
    (
        (
            "Two people were killed and another 18 were wounded when a grenade exploded at a "
            "bus terminal in Mindanao."
        ),
        2,
        18,
    ),
    (
        (
            "A bomb hidden in a handcart exploded in a crowded vegetable market in "
            "Parachinar, killing 25 and injuring more than 80."
        ),
        25,
        80,
    ),
    (
        (
            "Five people were stabbed, two of them fatally, at a festival in Solingen on "
            "Friday night."
        ),
        2,
        3,
    ),
    ("Thirty-eight people have been killed in the fighting so far, the UN said.", 38, None),
    (
        (
            "A hand grenade thrown into a crowd at a political rally in Dhaka killed a party "
            "worker and injured about 30 others."
        ),
        1,
        30,
    ),
    (
        (
            "Ten people were killed when a suicide car bomber rammed an army convoy near "
            "Mogadishu. The dead included seven soldiers."
        ),
        10,
        None,
    ),
    (
        (
            "The army said 'more than 50 terrorists' were neutralised in air strikes in the "
            "Lake Chad region."
        ),
        50,
        None,
    ),
    (
        (
            "A rocket struck a kindergarten in Donetsk, killing a teacher and wounding four "
            "children aged between 4 and 6."
        ),
        1,
        4,
    ),
    (
        ("Gunmen killed the 54-year-old mayor of a small town in Michoacan, state officials said."),
        1,
        None,
    ),
    (
        (
            "The explosion killed 4 people and injured 37, according to the regional "
            "governor's office."
        ),
        4,
        37,
    ),
    (
        (
            "The fighting has killed more than 4,000 people since the start of the year, "
            "according to the UN."
        ),
        None,
        None,
    ),
    (
        (
            "Soldiers opened fire on a crowd of several thousand protesters in Mandalay, "
            "killing nine, witnesses said."
        ),
        9,
        None,
    ),
    (
        (
            "The assault on the village killed 31 people, according to a local official, "
            "while the army put the number of dead at 12."
        ),
        12,
        None,
    ),
    (
        (
            "A 2-year-old girl was among four people killed when a drone struck a residential "
            "building in Odesa."
        ),
        4,
        None,
    ),
    (
        ("Both drivers were killed when gunmen ambushed the fuel tanker convoy near Maiduguri."),
        2,
        None,
    ),
    (
        (
            "Gunmen killed two Chinese workers and wounded a third at a mine in Kivu, the "
            "provincial government said."
        ),
        2,
        1,
    ),
    (
        (
            "Police killed five suspected gang members in a shootout in Rio de Janeiro's "
            "Complexo da Mare on Tuesday; two officers were wounded."
        ),
        5,
        2,
    ),
    ("Six people drowned when their boat capsized on Lake Victoria.", None, None),
    (
        (
            "Dozens of people were killed and hundreds more were wounded in the strikes, the "
            "Gaza health ministry said."
        ),
        12,
        100,
    ),
    ("An avalanche killed three skiers in the Swiss Alps.", None, None),
    (
        (
            "Twenty bodies were recovered from the rubble of the market after the air strike, "
            "rescuers said."
        ),
        20,
        None,
    ),
    (
        (
            "The suicide bomber detonated his explosives at the gate of the mosque, killing "
            "himself and 11 worshippers."
        ),
        12,
        None,
    ),
    (
        (
            "Police said the death toll from Friday's attack on a church in Owo now stood at "
            "41, up from 22."
        ),
        41,
        None,
    ),
    (
        (
            "More than 200 people have been injured in three days of protests in the capital, "
            "rights groups said."
        ),
        None,
        200,
    ),
    (
        (
            "A policeman died and seven other people were wounded in a grenade attack on a "
            "police station in Manipur's Imphal West district on Monday night."
        ),
        1,
        7,
    ),
    ("The attack killed 3, including 2 children, and injured 5.", 3, 5),
    ("In all, 19 people lost their lives in the violence, the state government said.", 19, None),
    ("A total of 27 people were hurt, seven of them seriously, the fire brigade said.", None, 27),
    (
        (
            "Nine soldiers were killed and four others went missing after militants ambushed "
            "their patrol in Mali."
        ),
        9,
        None,
    ),
    (
        (
            "A teenage boy was shot dead by police during protests in Nairobi, a rights group "
            "said. He was 15."
        ),
        1,
        None,
    ),
    (
        (
            "A shell hit a bus stop in Kherson, killing one man and injuring two women, "
            "regional officials said. Another man was wounded in a separate strike on a "
            "nearby village."
        ),
        1,
        2,
    ),
    ("Gunmen set fire to 30 homes in the village, killing at least 12 people.", 12, None),
    (
        (
            "Nine dead as gunmen storm hotel in Mogadishu\nAl Shabaab fighters stormed a hotel "
            "in central Mogadishu on Sunday, police said."
        ),
        9,
        None,
    ),
    (
        (
            "The ambush near Tillaberi claimed the lives of 17 soldiers and left 12 wounded, "
            "the defence ministry said."
        ),
        17,
        12,
    ),
    (
        ("Monday's bombing, which left 32 people dead, was claimed by the Pakistani Taliban."),
        32,
        None,
    ),
    (
        ("Some 15 to 20 people are believed to have been killed in the raid, a local priest said."),
        15,
        None,
    ),
    (
        ("At least a hundred people were killed in the assault on the camp, aid workers said."),
        100,
        None,
    ),
    (
        (
            "Several people were injured when police dispersed the march with water cannon "
            "and batons."
        ),
        None,
        10,
    ),
    (
        (
            "The bodies of 11 men, all with gunshot wounds, were found in a ditch near "
            "Tierralta a day after armed men seized them from a bus."
        ),
        11,
        None,
    ),
    (
        (
            "A soldier wounded in Thursday's ambush died in hospital on Saturday, bringing "
            "the toll from the attack to five, the army said."
        ),
        5,
        None,
    ),
    (
        (
            "Twelve people were wounded, four of them critically, and another six were "
            "treated for shock, paramedics said."
        ),
        None,
        12,
    ),
    (
        ("Gunmen kidnapped 23 passengers from a bus in Kaduna and killed the driver, police said."),
        1,
        None,
    ),
    (
        ("The attack killed seven soldiers; the army said it had killed 'all four' attackers."),
        11,
        None,
    ),
    (
        (
            "The toll includes 14 police officers and three attackers, the ministry said, "
            "putting the total dead at 17."
        ),
        17,
        None,
    ),
    ("Malaria killed 60 children in the camp last month, aid workers said.", None, None),
    (
        "The new software update has killed battery life on older phones, users complain.",
        None,
        None,
    ),
    (
        (
            "Insurgents burned 25 houses and two churches and killed five people in the raid "
            "on Ngoshe, a local leader said."
        ),
        5,
        None,
    ),
    (
        (
            "A 35-year-old man was stabbed to death in Marseille's 13th arrondissement at "
            "around 11 p.m. on Saturday, police said."
        ),
        1,
        None,
    ),
    (
        (
            "Twenty-five people were killed and seventy-two were wounded in the attack, the "
            "health ministry said."
        ),
        25,
        72,
    ),
    (
        (
            "One hundred and fourteen people were killed in the three days of clashes, the "
            "government said."
        ),
        114,
        None,
    ),
    (
        (
            "A dozen people were killed and two dozen injured when militants raided a village "
            "in Ituri."
        ),
        12,
        24,
    ),
    (
        (
            "A villager said the mob tied the two men to a tree, beat them and set them "
            "alight. Both died at the scene."
        ),
        2,
        None,
    ),
    (
        (
            "A police officer shot and wounded a man who had stabbed two people outside a "
            "mosque in Lyon, prosecutors said."
        ),
        None,
        3,
    ),
    (
        (
            "Gunmen killed two police officers in Peshawar. Earlier this year, militants "
            "killed 84 people in a mosque bombing in the city."
        ),
        2,
        None,
    ),
    (
        (
            "The strike killed nine people, according to the local health authority, but the "
            "army said its strike had killed three militants and no civilians."
        ),
        3,
        None,
    ),
    (
        (
            "Three people, including a child, were killed and 15 injured when a truck bomb "
            "exploded near a police station in Diyarbakir."
        ),
        3,
        15,
    ),
    ("Police fired on the protesters, killing two; dozens were arrested.", 2, None),
    (
        (
            "Separatists attacked a convoy in Anglophone Cameroon, killing six soldiers and a "
            "civilian, the army said."
        ),
        7,
        None,
    ),
    (
        (
            "At least 40 civilians were killed, among them 12 women and eight children, when "
            "fighters overran the village."
        ),
        40,
        None,
    ),
    (
        (
            "Nearly 300 people were wounded in the clashes, about 40 of them seriously, the "
            "health ministry said."
        ),
        None,
        300,
    ),
    (
        (
            "About 20 gunmen on motorcycles attacked the village, killing 13 residents and "
            "torching 50 homes, officials said."
        ),
        13,
        None,
    ),
    (
        (
            "The air strike on a wedding party killed 23 guests, 11 of them children, the "
            "provincial governor said."
        ),
        23,
        None,
    ),
    ("Four Indian soldiers and one porter were killed in the avalanche in Siachen.", None, None),
    ("Gunmen stormed a cockfighting pit and shot dead 7 men aged between 20 and 55.", 7, None),
    (
        (
            "'Seven bodies have been brought to the morgue and 22 wounded to the emergency "
            "ward,' a hospital director told AFP."
        ),
        7,
        22,
    ),
    (
        (
            "Hundreds of people were killed in the 1994 massacre, which survivors "
            "commemorated on Saturday."
        ),
        None,
        None,
    ),
    (
        ("The three soldiers killed on Friday were buried on Sunday in their home villages."),
        None,
        None,
    ),
    (
        (
            "An Israeli air strike killed a senior Hamas commander and 12 other people in "
            "Khan Younis, the territory's health ministry said."
        ),
        13,
        None,
    ),
    (
        (
            "Gunmen shot dead a local councillor and his bodyguard in Culiacan; a passer-by "
            "was wounded."
        ),
        2,
        1,
    ),
    ("The grenade wounded 16 people, one of whom later died in hospital.", 1, 15),
    ("Rebels killed 6 in an attack on a village near Beni on 12 June, the army said.", 6, None),
    (
        (
            "More than two dozen people were injured when a car bomb exploded outside a "
            "police station."
        ),
        None,
        24,
    ),
    (
        (
            "Ten people were killed, the Syrian Observatory said, including four members of "
            "the security forces and six gunmen."
        ),
        10,
        None,
    ),
    (
        (
            "Gunmen killed five people at a bar in Durban on Saturday. It was the deadliest "
            "attack in the city since January, when 30 people were killed in a shooting at a "
            "tavern."
        ),
        5,
        None,
    ),
    (
        (
            "Kyrgyzstan said 24 of its citizens were killed in the border fighting, while "
            "Tajikistan reported 15 dead on its side."
        ),
        39,
        None,
    ),
    ("A missile hit a passenger plane, killing all 9 people on board.", 9, None),
    ("The 27 victims included 9 children, the health ministry said.", 27, None),
    (
        (
            "Three more victims died from their injuries overnight, bringing the toll from "
            "the bombing to 12, officials said."
        ),
        12,
        None,
    ),
    ("Troops killed upwards of 50 militants in the operation, the army said.", 50, None),
    (
        (
            "Four people died in the blast, and 11 were hospitalised, three of them in "
            "critical condition."
        ),
        4,
        11,
    ),
    (
        (
            "Police recovered the bodies of two hostages and four kidnappers after the rescue "
            "operation in the forest."
        ),
        6,
        None,
    ),
    (
        (
            "Gunmen opened fire on a minibus on the Juba-Nimule road, killing its driver and "
            "a passenger."
        ),
        2,
        None,
    ),
    ("The UN condemned the killing of five aid workers in Darfur on Sunday.", 5, None),
    (
        (
            "2 dead after shooting at high school in Ohio\nA gunman opened fire at a high "
            "school in Ohio on Tuesday morning, police said."
        ),
        2,
        None,
    ),
    (
        (
            "A bomb blast in Kabul killed at least three and wounded at least seven, police "
            "spokesman Khalid Zadran said."
        ),
        3,
        7,
    ),
    (
        (
            "About 30 masked men armed with machetes attacked the village, hacking 11 people "
            "to death."
        ),
        11,
        None,
    ),
    (
        ("At least 14 people died, nine of them women, when gunmen attacked a market in Borno."),
        14,
        None,
    ),
    ("The attack killed six people, three of them Chinese engineers, police said.", 6, None),
    ("Militants claimed to have killed 40 soldiers, but the army said only four died.", 4, None),
    ("The striker's late goal killed off Madrid's title hopes on Sunday.", None, None),
    (
        (
            "A man killed his wife and two children before turning the gun on himself, police "
            "in Texas said."
        ),
        4,
        None,
    ),
    (
        (
            "Officials said 12 people were killed in a stampede triggered when police fired "
            "tear gas into the stadium."
        ),
        12,
        None,
    ),
    (
        (
            "Three militants were killed and two soldiers injured in an encounter in Shopian "
            "district, police said."
        ),
        3,
        2,
    ),
    (
        ("Seven people were shot, three fatally, at a house party in Chicago early on Sunday."),
        3,
        4,
    ),
    (
        (
            "Rescuers pulled eight bodies from the rubble of the apartment building hit by "
            "the missile; four others remain missing."
        ),
        8,
        None,
    ),
    (
        (
            "A car bomb killed a senior police official and three of his guards in Mogadishu "
            "on Thursday."
        ),
        4,
        None,
    ),
    (
        ("Two Nepali workers and a Thai farmhand were killed by a rocket in northern Israel."),
        3,
        None,
    ),
    (
        (
            "Some 40 people were arrested and 20 officers were injured in clashes after the "
            "match, police said."
        ),
        None,
        20,
    ),
    (
        (
            "A suspected suicide bomber detonated explosives at a police checkpoint, wounding "
            "five officers. The bomber died."
        ),
        1,
        5,
    ),
    (
        ("A military helicopter crashed in bad weather in Kenya, killing all 12 people on board."),
        None,
        None,
    ),
    (
        (
            "The ministry said 19 people had been killed and 57 injured in the strikes on the "
            "city's power grid overnight."
        ),
        19,
        57,
    ),
    (
        (
            "Gunmen killed nine people, among them a pregnant woman, in a raid on a village "
            "in Plateau state, while another three were abducted."
        ),
        9,
        None,
    ),
    (
        (
            "As many as 30 people may have been killed, residents said, but officials "
            "confirmed only 18 deaths."
        ),
        18,
        None,
    ),
    (
        (
            "Eleven soldiers were killed in the ambush, which took place 40 kilometres from "
            "the border, and 7 others are missing."
        ),
        11,
        None,
    ),
    (
        (
            "Police said a 19-year-old man had been arrested after two people were stabbed "
            "outside a nightclub."
        ),
        None,
        2,
    ),
    ("A policeman who was shot during the riot died on Tuesday, police said.", 1, None),
    (
        ("One person died and 4 were hurt after a man drove a car into a crowd in Mannheim."),
        1,
        4,
    ),
    (
        (
            "The explosions, which began at 10 p.m., killed 3 people and injured 14, local "
            "media said."
        ),
        3,
        14,
    ),
    (
        (
            "Two persons died on the spot while five others sustained injuries when unknown "
            "gunmen opened fire on a tea stall in Peshawar."
        ),
        2,
        5,
    ),
    (
        (
            "The deceased were identified as Ali Khan, 32, Imran Shah, 28, and Bilal Ahmed, "
            "19, police said after the ambush."
        ),
        3,
        None,
    ),
    (
        (
            "Eight people, including three women, sustained bullet injuries and were rushed "
            "to the district hospital."
        ),
        None,
        8,
    ),
    (
        (
            "Three jawans were martyred and two others injured in an IED blast in "
            "Chhattisgarh's Bijapur district."
        ),
        3,
        2,
    ),
    (
        (
            "Suspected herdsmen hacked 14 villagers to death in Benue State on Sunday night, "
            "the police spokesperson confirmed."
        ),
        14,
        None,
    ),
    (
        ("A youth was lynched by a mob in Jharkhand on suspicion of cattle theft, police said."),
        1,
        None,
    ),
    (
        (
            "Gunmen kill 12 in Zamfara village raid\nArmed bandits on motorcycles stormed the "
            "village on Saturday, residents said."
        ),
        12,
        None,
    ),
    (
        (
            "Police said the victims, all men aged between 18 and 25, were gunned down "
            "outside a shop. Four died."
        ),
        4,
        None,
    ),
    (
        (
            "At least 18 persons were feared killed when gunmen attacked the community, "
            "though police confirmed only seven deaths."
        ),
        7,
        None,
    ),
    (
        (
            "An encounter broke out between terrorists and security forces in Kulgam, in "
            "which two terrorists were killed."
        ),
        2,
        None,
    ),
    (
        (
            "The blast killed the driver of the van and injured 11 people who were waiting at "
            "the bus stop."
        ),
        1,
        11,
    ),
    (
        (
            "The attack on the convoy killed nine people: six soldiers and three civilians, "
            "the ministry said."
        ),
        9,
        None,
    ),
    ("Police said the casualties included 4 dead and 17 injured.", 4, 17),
    (
        ("Three people were killed and several others were injured in the firing, officials said."),
        3,
        10,
    ),
    (
        (
            "Clashes between police and protesters in the capital left one person dead and "
            "more than 50 injured, among them 20 police officers."
        ),
        1,
        50,
    ),
    (
        (
            "The explosion ripped through the crowded market at about 11 a.m., killing 17 "
            "people, six of whom were children, and wounding at least 40."
        ),
        17,
        40,
    ),
    (
        (
            "Seven members of a family were among those killed when the missile struck their "
            "apartment building."
        ),
        7,
        None,
    ),
    (
        (
            "More than 20 suspected militants were killed in the operation, according to the "
            "army, which said it lost three soldiers."
        ),
        23,
        None,
    ),
    (
        (
            "The toll from the two bombings rose to 22 on Thursday as three of the wounded "
            "died overnight, hospital officials said."
        ),
        22,
        None,
    ),
    (
        (
            "An off-duty police officer was shot dead in front of his family in Mexico City "
            "on Sunday."
        ),
        1,
        None,
    ),
    (
        (
            "Gunmen killed the pastor of a church in Kaduna and abducted his wife and three "
            "children, police said."
        ),
        1,
        None,
    ),
    (
        (
            "Unknown assailants killed 3 farmers and injured 2 others in an attack on a farm "
            "in Plateau state on Tuesday."
        ),
        3,
        2,
    ),
    (
        (
            "Bandits killed at least eight people, including a district head, and kidnapped "
            "40 others in Katsina."
        ),
        8,
        None,
    ),
    (
        (
            "The air strike killed 10 Houthi fighters and wounded 20 others, the Saudi-led "
            "coalition said."
        ),
        10,
        20,
    ),
    (
        (
            "Russian shelling killed a 72-year-old woman and wounded her 45-year-old son in "
            "Nikopol, the regional governor said."
        ),
        1,
        1,
    ),
    (
        (
            "A stray bullet killed a 10-year-old girl during a gunfight between rival gangs "
            "in Port-au-Prince."
        ),
        1,
        None,
    ),
    (
        (
            "Around 40 people were killed and scores injured in the ethnic violence, the "
            "state government said."
        ),
        40,
        20,
    ),
    (
        (
            "One killed, 15 injured in clash over land\nVillagers armed with sticks and "
            "sickles clashed in Bihar's Rohtas district on Monday."
        ),
        1,
        15,
    ),
    (
        (
            "At least 14 people are dead after gunmen opened fire at a nightclub, the mayor "
            "said. Another 20 are being treated in hospital."
        ),
        14,
        20,
    ),
    (
        (
            "The army said it killed 40 militants in response. There was no independent "
            "confirmation of the figure."
        ),
        40,
        None,
    ),
    (
        (
            "Two people were killed and three were critically injured, while another 12 were "
            "treated for minor injuries at the scene."
        ),
        2,
        15,
    ),
    (
        (
            "Suicide bombers killed 22 people in attacks on three villages in Borno on "
            "Saturday night, a militia leader said."
        ),
        22,
        None,
    ),
    (
        (
            "Israeli forces killed three Palestinians in a raid on Jenin refugee camp, the "
            "Palestinian health ministry said. The military said the three were militants who "
            "had opened fire on troops."
        ),
        3,
        None,
    ),
    (
        (
            "A Russian drone attack on Odesa overnight killed one person and injured five, "
            "including two children, Governor Oleh Kiper said."
        ),
        1,
        5,
    ),
    (
        (
            "Unidentified gunmen on Tuesday killed two traders and injured one other at a "
            "market in Kano, the police said on Wednesday."
        ),
        2,
        1,
    ),
    (
        (
            "Five people died, including the attacker, when a man opened fire in a shopping "
            "mall in Belgrade."
        ),
        5,
        None,
    ),
    (
        ("The gunman killed four people and wounded three more before he was shot dead by police."),
        5,
        3,
    ),
    (
        ("Police said nobody was hurt in the blast, which damaged the front of the building."),
        0,
        0,
    ),
    (
        (
            "Nine people lost their lives and dozens were hurt when a bomb exploded at a "
            "crowded bus station in Kandahar."
        ),
        9,
        12,
    ),
    (
        (
            "A suicide attacker struck a police training centre in Quetta, killing 12 "
            "recruits. Four other attackers were shot dead by security forces."
        ),
        16,
        None,
    ),
    (
        (
            "Fighting between the army and RSF in El Obeid killed 15 civilians on Monday, "
            "according to local activists, who said dozens more were wounded."
        ),
        15,
        12,
    ),
    (
        (
            "At least 30 people have died in the violence, which began on Friday after a "
            "disputed election, the UN said."
        ),
        30,
        None,
    ),
    (
        (
            "A car ploughed into pedestrians in Nice, killing two and injuring 10. The driver "
            "fled the scene."
        ),
        2,
        10,
    ),
    (
        (
            "Gunmen killed a man and his two sons in their home in the early hours of "
            "Saturday, police said."
        ),
        3,
        None,
    ),
    (
        (
            "Armed men abducted 15 students from a school in Zamfara; two of them were later "
            "found dead."
        ),
        2,
        None,
    ),
    (
        (
            "Three police officers and two suspected robbers died in a shootout in Nairobi's "
            "Eastleigh area on Monday."
        ),
        5,
        None,
    ),
    (
        ("A police patrol came under fire in Tal Afar, leaving one officer dead, officials said."),
        1,
        None,
    ),
    (
        (
            "The air strike levelled a four-storey building, killing 14 residents, including "
            "a family of six."
        ),
        14,
        None,
    ),
    (
        (
            "Officials said 14 protesters had died in the crackdown, but a rights group said "
            "at least 26 had been killed."
        ),
        14,
        None,
    ),
    (
        (
            "Heavy fighting over the weekend left more than 60 dead on both sides, military "
            "sources said."
        ),
        60,
        None,
    ),
    (
        ("Some 25 bodies were pulled from the river after the massacre, a local official said."),
        25,
        None,
    ),
    ("The grenade attack killed one and left twenty-three wounded, police said.", 1, 23),
    ("A sniper killed a 12-year-old boy in Khan Younis, medics said.", 1, None),
    ("The landmine killed a shepherd and maimed his brother near the border.", 1, 1),
    (
        (
            "Three people were killed, among them a journalist, when gunmen opened fire on a "
            "press convoy."
        ),
        3,
        None,
    ),
    (
        (
            "Protests over fuel prices turned deadly on Tuesday, with at least six "
            "demonstrators shot dead by police."
        ),
        6,
        None,
    ),
    (
        (
            "Parliament voted 212 to 98 to extend the state of emergency imposed after last "
            "month's attacks, which killed 19 people."
        ),
        None,
        None,
    ),
    (
        (
            "The court jailed three men for life over the 2022 market bombing that killed 15 "
            "shoppers."
        ),
        None,
        None,
    ),
    ("The militants threatened to kill 20 hostages unless their demands were met.", None, None),
    (
        "A new study estimates that air pollution kills 2 million people a year in India.",
        None,
        None,
    ),
    (
        (
            "The government deployed 5,000 troops to the region after clashes killed 12 "
            "people last week."
        ),
        None,
        None,
    ),
    (
        "Rebels freed 44 hostages on Sunday after a week of negotiations, officials said.",
        None,
        None,
    ),
    (
        "The army said it had destroyed 12 tanks and shot down 30 drones in the past day.",
        None,
        None,
    ),
    ("Police arrested 120 people after protests in the capital turned violent.", None, None),
    ("Doctors said the outbreak of cholera has killed 45 people in the camps.", None, None),
    ("A bus carrying 40 pilgrims plunged into a gorge in Jammu, killing 22.", None, None),
    ("The heatwave has killed at least 90 people across the province, officials said.", None, None),
    ("Investors fear the new tax will kill off the country's booming tech sector.", None, None),
    (
        ("Relatives of the 21 miners killed in the 2019 attack demanded compensation on Monday."),
        None,
        None,
    ),
    ("Mourners buried the five soldiers who died in Sunday's ambush.", None, None),
    (
        (
            "An estimated 300,000 people have been killed in the war since 2011, according to "
            "the UN."
        ),
        None,
        None,
    ),
    (
        ("Some 12,000 people have fled their homes since the fighting began, aid agencies said."),
        None,
        None,
    ),
    ("No casualties were reported after a rocket landed near the embassy compound.", None, None),
    ("The bill would have killed funding for 300 community health clinics.", None, None),
    (
        (
            "A fire that officials blamed on an electrical fault killed 11 patients at a "
            "hospital in Baghdad."
        ),
        None,
        None,
    ),
    (
        ("The UN said 1,200 civilians were killed in Myanmar in the first six months of the year."),
        None,
        None,
    ),
    (
        (
            "BOMB BLAST KILLS 7, WOUNDS 20 IN SOUTHERN THAILAND\nA roadside bomb exploded near "
            "a market in Yala province on Monday, police said."
        ),
        7,
        20,
    ),
    (
        (
            "Death toll in Kinshasa clashes climbs to 19\nThe number of people killed in "
            "clashes between police and opposition supporters in Kinshasa has climbed to 19, "
            "the interior minister said."
        ),
        19,
        None,
    ),
    (
        (
            "At Least 12 Killed in Attack on Church in Burkina Faso\nGunmen attacked a church "
            "during Sunday service in the north of the country, a security source said."
        ),
        12,
        None,
    ),
    (
        (
            "Attack on army base leaves 15 soldiers dead\nSuspected jihadists attacked an army "
            "base in western Niger on Thursday."
        ),
        15,
        None,
    ),
    (
        (
            "Four killed as police open fire on protesters\nPolice in Kenya opened fire on "
            "protesters demanding lower taxes on Tuesday, a rights group said."
        ),
        4,
        None,
    ),
    ("Twenty-one miners killed in attack on gold mine in eastern Congo, officials say", 21, None),
    ("The attack, the third this month, killed 11 people at a bus stop in Kharkiv.", 11, None),
    (
        (
            "Militants killed two policemen guarding a polio vaccination team in Khyber "
            "Pakhtunkhwa, officials said. The team, made up of 5 health workers, escaped "
            "unhurt."
        ),
        2,
        None,
    ),
    (
        (
            "Gunmen on 15 motorcycles killed 9 people in the village of Kadisa, where 3 had "
            "been killed in a similar raid two weeks earlier."
        ),
        9,
        None,
    ),
    ("The attack killed 5 people aged 17 to 60 and injured 4, including a 2-year-old.", 5, 4),
    (
        (
            "Soldiers killed 7 suspected insurgents in a raid on a hideout 20 km from "
            "Maiduguri, seizing 12 AK-47 rifles."
        ),
        7,
        None,
    ),
    (
        (
            "Gunmen killed two people in a shooting on Route 9 at about 3 p.m. on Friday, "
            "police said."
        ),
        2,
        None,
    ),
    (
        ("The blast at the mosque, which can hold 3,000 worshippers, killed 27 and wounded 50."),
        27,
        50,
    ),
    (
        (
            "A car bomb killed 12 people in Baghdad on Monday, the 10th anniversary of the "
            "city's liberation from IS."
        ),
        12,
        None,
    ),
    (
        (
            "Fourteen people, most of them women and children, were killed when a shell hit a "
            "crowded market in Goma."
        ),
        14,
        None,
    ),
    ("The shooting left three people dead, including the gunman, police said.", 3, None),
    ("An army officer and four of his men were killed in the ambush.", 5, None),
    (
        ("Eleven people were hurt, none seriously, when a homemade bomb went off outside a bank."),
        None,
        11,
    ),
    (
        ("A grenade attack on a police post in Srinagar injured a policeman and two civilians."),
        None,
        3,
    ),
    (
        (
            "The strike hit a school sheltering displaced families, killing at least 25 "
            "people, half of them children."
        ),
        25,
        None,
    ),
    (
        (
            "Six of the 30 passengers on the bus were killed when gunmen opened fire; the "
            "rest were unhurt."
        ),
        6,
        0,
    ),
    (
        (
            "At least 19 people died in the assault on the prison, including 12 inmates, four "
            "guards and three attackers."
        ),
        19,
        None,
    ),
    (
        ("A bomb under a car killed its owner, a retired army colonel, in Damascus on Friday."),
        1,
        None,
    ),
    (
        (
            "Seventeen soldiers were killed and 23 wounded, while the insurgents suffered "
            "heavy losses, the army said."
        ),
        17,
        23,
    ),
    (
        ("The violence left 47 people dead, according to an AFP tally based on official figures."),
        47,
        None,
    ),
    (
        (
            "Police said five people were stabbed, one critically, and that the attacker had "
            "been detained."
        ),
        None,
        5,
    ),
    (
        (
            "Two people were killed and a third seriously injured when a drone struck their "
            "car near Bakhmut."
        ),
        2,
        1,
    ),
]

# datelines, masked as in the pipeline
DATELINED = [
    (
        (
            "MAIDUGURI, Nigeria, March 3 (Reuters) - Islamist insurgents killed 11 farmers in "
            "a village near Maiduguri on Tuesday, a militia leader said."
        ),
        11,
        None,
    ),
    (
        (
            "KHARTOUM, Sudan (AP) — Paramilitary fighters shelled a market in the city of "
            "Omdurman on Saturday, killing at least 21 people and wounding dozens, a doctors' "
            "group said."
        ),
        21,
        12,
    ),
    (
        (
            "ISLAMABAD, Jan 5 (Reuters) - Six paramilitary soldiers were killed when "
            "militants attacked a checkpoint in northwest Pakistan, the military said on "
            "Sunday."
        ),
        6,
        None,
    ),
    (
        (
            "BEIRUT — An Israeli drone strike on a car in southern Lebanon killed two people, "
            "Lebanon's health ministry said."
        ),
        2,
        None,
    ),
    (
        (
            "TOLL IN NIGER MOSQUE ATTACK RISES TO 44\nNIAMEY, March 22 (Reuters) - The number "
            "of people killed when gunmen attacked a mosque in western Niger on Friday has "
            "risen to 44, the government said."
        ),
        44,
        None,
    ),
]


@pytest.mark.parametrize(("text", "killed", "injured"), FIXED)
def test_constructions_fixed_stop62(text: str, killed: int | None, injured: int | None) -> None:
    assert casualty_counts(text) == (killed, injured)


@pytest.mark.parametrize(("text", "killed", "injured"), CONTRASTS)
def test_contrasts_stop62(text: str, killed: int | None, injured: int | None) -> None:
    assert casualty_counts(text) == (killed, injured)


@pytest.mark.parametrize(("text", "killed", "injured"), WIRE)
def test_wire_phrasing_stop62(text: str, killed: int | None, injured: int | None) -> None:
    assert casualty_counts(text) == (killed, injured)


@pytest.mark.parametrize(("text", "killed", "injured"), DATELINED)
def test_datelined_stop62(text: str, killed: int | None, injured: int | None) -> None:
    assert _masked_counts(text) == (killed, injured)
